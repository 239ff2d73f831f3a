package dev.aihire.engine.recommend;

import dev.aihire.semantic.Embedder;
import java.util.Comparator;

/**
 * Weighs the evidence of a need for every owner (each role, then each not-a-hire entry), one kind
 * at a time: the signal phrases found ({@link SignalEvidence}), the words of the role's profile
 * ({@link ProfileEvidence}), and how close the need's meaning is to the owner's situation sentences
 * ({@link SemanticEvidence}). Each owner's evidence is then listed strongest first. Pure. Why each
 * part counts as it does is told by its class and by {@link Tuning}.
 */
final class Scorer {
  private final int ownerCount;
  private final Matcher matcher;
  private final SignalEvidence signals;
  private final ProfileEvidence profiles;
  private final SemanticEvidence semantic;

  Scorer(
      int roleCount,
      int[] otherKinds,
      SignalIndex signals,
      ProfileIndex profiles,
      SemanticIndex semantic,
      Embedder embedder,
      Weights weights) {
    this.ownerCount = roleCount + otherKinds.length;
    this.matcher = new Matcher(signals);
    this.signals = new SignalEvidence(roleCount, weights);
    this.profiles = new ProfileEvidence(profiles);
    this.semantic = new SemanticEvidence(roleCount, otherKinds, semantic, embedder, weights);
  }

  /**
   * Every owner's score for one need, by owner position; the need as the matcher read it; and the
   * discriminant's probability that the need is a role's work at all rather than another kind of
   * job (0 for a need of no known word).
   */
  record Scores(OwnerScore[] owners, Matcher.Reading reading, double fieldShare) {}

  // A class, not a lambda: linking one costs a one-line answer start-up time.
  private static final Comparator<Recommendation.Evidence> STRONGEST_FIRST =
      new Comparator<>() {
        @Override
        public int compare(Recommendation.Evidence a, Recommendation.Evidence b) {
          return Double.compare(-a.points(), -b.points());
        }
      };

  Scores score(String text) {
    Matcher.Reading reading = matcher.read(text);
    OwnerScore[] owners = new OwnerScore[ownerCount];
    for (int o = 0; o < ownerCount; o++) {
      owners[o] = new OwnerScore();
    }
    signals.add(reading, owners);
    profiles.add(reading, owners);
    double field = semantic.add(text, reading, owners);
    for (OwnerScore s : owners) {
      s.evidence.sort(STRONGEST_FIRST);
    }
    return new Scores(owners, reading, field);
  }

  static double round(double d) {
    return Math.round(d * 1000.0) / 1000.0;
  }
}
