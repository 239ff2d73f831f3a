package dev.aihire.engine.recommend;

import dev.aihire.engine.recommend.Recommendation.Evidence;
import dev.aihire.semantic.Embedder;
import dev.aihire.text.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Weighs the evidence of a need for every owner (each role, then each not-a-hire entry): the signal
 * phrases found, the words of the role's profile, and how close the need's meaning is to the
 * owner's situation sentences. Pure.
 *
 * <p>Why each part counts as it does:
 *
 * <ul>
 *   <li>A signal counts once per need however often it is said, plus a little for repetition, so a
 *       4,000-character posting that says "SQL" twenty times does not outvote a six-word need's one
 *       decisive phrase.
 *   <li>A signal said in the negative ("we don't need anyone to train models") counts against its
 *       role at {@link #NEGATED} of its weight.
 *   <li>Profile words are weak, capped evidence ({@link #PROFILE_CAP}): they tip a choice, and a
 *       long posting's many words never outweigh the signals.
 *   <li>Semantic similarity is what generalises beyond the knowledge's wording: a need that reads
 *       like one of a role's situations earns points by how much it does.
 * </ul>
 */
final class Scorer {
  static final double NEGATED = 0.75;
  static final double REPEAT_BONUS = 0.3;
  static final int MAX_REPEATS = 5;
  static final double PROFILE_WEIGHT = 0.8;
  static final double PROFILE_CAP = 4;

  /**
   * A need whose word pieces outnumber its words by more than this is not read as language: a typo
   * splits one word into two or three pieces, gibberish splits every word.
   */
  static final double MAX_PIECES_PER_WORD = 2.0;

  /** How many of the likeliest roles, and kinds of other job, get their sentence searched. */
  static final int EXPLAINED_ROLES = 5;

  static final int EXPLAINED_KINDS = 2;

  /** Semantic points below this are not evidence worth keeping (nor showing). */
  static final double MIN_SEMANTIC = 0.05;

  /** A role shows at most this many profile evidences: the rest are the same story. */
  static final int MAX_PROFILE_EVIDENCE = 40;

  private final int roleCount;
  private final int ownerCount;
  private final Matcher matcher;
  private final ProfileIndex profiles;
  private final SemanticIndex semantic;
  private final Embedder embedder;
  private final Weights weights;

  /** The kind (its position among the kinds) of each not-a-hire entry, by entry position. */
  private final int[] otherKinds;

  Scorer(
      int roleCount,
      int[] otherKinds,
      SignalIndex signals,
      ProfileIndex profiles,
      SemanticIndex semantic,
      Embedder embedder,
      Weights weights) {
    this.roleCount = roleCount;
    this.ownerCount = roleCount + otherKinds.length;
    this.otherKinds = otherKinds.clone();
    this.matcher = new Matcher(signals);
    this.profiles = profiles;
    this.semantic = semantic;
    this.embedder = embedder;
    this.weights = weights;
  }

  /** One owner's evidence for a need. */
  static final class OwnerScore {
    double signal;
    double profile;
    double semantic;

    /** The best cosine with one of the owner's sentences, and which one (-1: none). */
    double similarity;

    int sentence = -1;
    final List<Evidence> evidence = new ArrayList<>();

    double raw() {
      return signal + Math.min(profile, PROFILE_CAP) + semantic;
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

  /** Every owner's score for one need, by owner position; and the need as the matcher read it. */
  /**
   * Every owner's score for one need, by owner position; the need as the matcher read it; and the
   * discriminant's probability that the need is a role's work at all rather than another kind of
   * job (0 for a need of no known word).
   */
  record Scores(OwnerScore[] owners, Matcher.Reading reading, double fieldShare) {}

  Scores score(String text) {
    Matcher.Reading reading = matcher.read(text);
    OwnerScore[] owners = new OwnerScore[ownerCount];
    for (int o = 0; o < ownerCount; o++) {
      owners[o] = new OwnerScore();
    }
    for (Matcher.Hit h : reading.hits()) {
      OwnerScore s = owners[h.pattern().role()];
      double points = h.pattern().role() < roleCount ? points(h) : otherJobPoints(h);
      if (points != 0) {
        s.signal += points;
        s.evidence.add(
            Evidence.signal(
                reading.quote(h),
                h.pattern().signal(),
                round(points),
                h.negated(),
                h.pattern().title()));
      }
    }
    profileEvidence(reading, owners);
    double field = semanticEvidence(text, reading, owners, weights.semanticWeight());
    for (OwnerScore s : owners) {
      s.evidence.sort((a, b) -> Double.compare(-a.points(), -b.points()));
    }
    return new Scores(owners, reading, field);
  }

  /**
   * Semantic points for every owner, from the discriminant's probabilities: a role gets {@code
   * weight} times the probability that the need is its kind of work; each kind of not-a-hire need
   * gives its probability to its entry whose situations the need is nearest to. Returns the
   * probability that the need is a role's work at all. A need with no known word piece gets no
   * semantic evidence at all.
   */
  private double semanticEvidence(
      String text, Matcher.Reading reading, OwnerScore[] owners, double weight) {
    int[] pieces = embedder.tokenIds(text);
    // Text the vocabulary cannot read as words ("asdkj qwpeoi", another script) falls apart
    // into many short pieces: its vector means nothing, so it gets no semantic evidence.
    int words = Math.max(1, reading.tokens().size());
    if (pieces.length > MAX_PIECES_PER_WORD * words) {
      return 0;
    }
    float[] need = embedder.embed(pieces);
    boolean known = false;
    for (float x : need) {
      known |= x != 0;
    }
    if (!known) {
      return 0;
    }
    double[] p = softmax(semantic.discriminant().scores(need), weights.temperature());
    // The nearest sentence explains a role's semantic points and picks the entry of a kind of
    // job; with hundreds of sentences that search is most of a need's cost, so it is made only
    // for the likeliest roles and kinds, the ones an answer can show or act on.
    boolean[] wanted = likeliest(p, weight);
    SemanticIndex.Nearest nearest = semantic.nearest(need, wanted);
    List<String> sentences = semantic.sentences();
    // Knowledge without not-a-hire entries gives the discriminant nothing to set the roles
    // against, so it cannot say a need is outside the field: no share at all then.
    double field = 0;
    for (int r = 0; r < roleCount && otherKinds.length > 0; r++) {
      field += p[r];
    }
    int[] bestOfKind = new int[p.length - roleCount];
    Arrays.fill(bestOfKind, -1);
    for (int o = 0; o < ownerCount; o++) {
      OwnerScore s = owners[o];
      s.similarity = nearest.similarity()[o];
      s.sentence = nearest.sentence()[o];
      if (o < roleCount) {
        give(s, weight * p[o], sentences);
      } else if (s.sentence >= 0) {
        int kind = otherKinds[o - roleCount];
        int best = bestOfKind[kind];
        if (best < 0 || s.similarity > owners[best].similarity) {
          bestOfKind[kind] = o;
        }
      }
    }
    for (int kind = 0; kind < bestOfKind.length; kind++) {
      if (bestOfKind[kind] >= 0) {
        give(owners[bestOfKind[kind]], weight * p[roleCount + kind], sentences);
      }
    }
    return field;
  }

  private static void give(OwnerScore s, double points, List<String> sentences) {
    if (points >= MIN_SEMANTIC) {
      s.semantic = points;
      if (s.sentence >= 0) {
        s.evidence.add(
            Evidence.semantic(sentences.get(s.sentence), round(points), round(s.similarity)));
      }
    }
  }

  /**
   * The owners whose nearest sentence is looked for: the {@link #EXPLAINED_ROLES} likeliest roles
   * and the entries of the {@link #EXPLAINED_KINDS} likeliest kinds of other job, among those that
   * get semantic points at all.
   */
  private boolean[] likeliest(double[] p, double weight) {
    boolean[] wanted = new boolean[ownerCount];
    Integer[] roles = new Integer[roleCount];
    for (int r = 0; r < roleCount; r++) {
      roles[r] = r;
    }
    Arrays.sort(roles, (a, b) -> Double.compare(p[b], p[a]));
    for (int i = 0; i < Math.min(EXPLAINED_ROLES, roleCount); i++) {
      wanted[roles[i]] = weight * p[roles[i]] >= MIN_SEMANTIC;
    }
    int kinds = p.length - roleCount;
    Integer[] order = new Integer[kinds];
    for (int k = 0; k < kinds; k++) {
      order[k] = k;
    }
    Arrays.sort(order, (a, b) -> Double.compare(p[roleCount + b], p[roleCount + a]));
    boolean[] kindWanted = new boolean[kinds];
    for (int i = 0; i < Math.min(EXPLAINED_KINDS, kinds); i++) {
      kindWanted[order[i]] = weight * p[roleCount + order[i]] >= MIN_SEMANTIC;
    }
    for (int o = roleCount; o < ownerCount; o++) {
      wanted[o] = kindWanted[otherKinds[o - roleCount]];
    }
    return wanted;
  }

  /** Probabilities from scores: softmax of score / temperature, computed stably. */
  static double[] softmax(double[] z, double temperature) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : z) {
      max = Math.max(max, v);
    }
    double[] p = new double[z.length];
    double sum = 0;
    for (int i = 0; i < z.length; i++) {
      p[i] = Math.exp((z[i] - max) / temperature);
      sum += p[i];
    }
    for (int i = 0; i < z.length; i++) {
      p[i] /= sum;
    }
    return p;
  }

  /**
   * Words of the need found in a role's profile, each once, worth {@link #PROFILE_WEIGHT} of its
   * rarity among roles.
   */
  private void profileEvidence(Matcher.Reading reading, OwnerScore[] owners) {
    Set<String> seen = new HashSet<>();
    for (Token t : reading.tokens()) {
      if (t.negated() || !seen.add(t.stem())) {
        continue;
      }
      ProfileIndex.Postings p = profiles.postings(t.stem());
      if (p == null) {
        continue;
      }
      String quoted = reading.quote(t);
      for (int i = 0; i < p.roles().length; i++) {
        double points = PROFILE_WEIGHT * p.weights()[i];
        OwnerScore s = owners[p.roles()[i]];
        s.profile += points;
        if (s.evidence.size() < MAX_PROFILE_EVIDENCE) {
          s.evidence.add(Evidence.profile(quoted, round(points)));
        }
      }
    }
  }

  private static double points(Matcher.Hit h) {
    int w = h.pattern().weight();
    if (h.negated()) {
      return w > 0 ? -NEGATED * w : 0; // "not without X" is too subtle to count either way
    }
    return w * (1 + REPEAT_BONUS * Math.min(h.count() - 1, MAX_REPEATS));
  }

  /** A phrase of another kind of job counts once, and not at all when said in the negative. */
  private double otherJobPoints(Matcher.Hit h) {
    return h.negated() ? 0 : weights.otherJobSignal();
  }

  static double round(double d) {
    return Math.round(d * 1000.0) / 1000.0;
  }
}
