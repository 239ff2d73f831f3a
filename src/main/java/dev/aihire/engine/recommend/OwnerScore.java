package dev.aihire.engine.recommend;

import dev.aihire.engine.recommend.Recommendation.Evidence;
import java.util.ArrayList;
import java.util.List;

/**
 * One owner's evidence for a need (a role, or a not-a-hire entry): filled in by the evidence of
 * each kind ({@link SignalEvidence}, {@link ProfileEvidence}, {@link SemanticEvidence}).
 */
final class OwnerScore {
  double signal;
  double profile;
  double semantic;

  /** The best cosine with one of the owner's sentences, and which one (-1: none). */
  double similarity;

  int sentence = -1;
  final List<Evidence> evidence = new ArrayList<>();

  double raw() {
    return signal + Math.min(profile, Tuning.PROFILE_CAP) + semantic;
  }

  /** Points from the owner's own title (its name said in the need). */
  double titled() {
    double t = 0;
    for (Evidence e : evidence) {
      if (e.title() && e.points() > 0) {
        t += e.points();
      }
    }
    return t;
  }
}
