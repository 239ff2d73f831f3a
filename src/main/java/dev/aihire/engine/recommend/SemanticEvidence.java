package dev.aihire.engine.recommend;

import dev.aihire.engine.recommend.Recommendation.Evidence;
import dev.aihire.semantic.Embedder;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Points for how close a need's meaning is to each owner's situation sentences: what generalises
 * beyond the knowledge's wording, since a need that reads like one of a role's situations earns
 * points by how much it does.
 */
final class SemanticEvidence {
  private final int roleCount;
  private final int ownerCount;
  private final SemanticIndex semantic;
  private final Embedder embedder;
  private final Weights weights;

  /** The kind (its position among the kinds) of each not-a-hire entry, by entry position. */
  private final int[] otherKinds;

  SemanticEvidence(
      int roleCount, int[] otherKinds, SemanticIndex semantic, Embedder embedder, Weights weights) {
    this.roleCount = roleCount;
    this.ownerCount = roleCount + otherKinds.length;
    this.otherKinds = otherKinds.clone();
    this.semantic = semantic;
    this.embedder = embedder;
    this.weights = weights;
  }

  /**
   * Semantic points for every owner, from the discriminant's probabilities: a role gets {@code
   * weight} times the probability that the need is its kind of work; each kind of not-a-hire need
   * gives its probability to its entry whose situations the need is nearest to. Returns the
   * probability that the need is a role's work at all. A need with no known word piece gets no
   * semantic evidence at all.
   */
  double add(String text, Matcher.Reading reading, OwnerScore[] owners) {
    double weight = weights.semanticWeight();
    int[] pieces = embedder.tokenIds(text);
    // Text the vocabulary cannot read as words ("asdkj qwpeoi", another script) falls apart
    // into many short pieces: its vector means nothing, so it gets no semantic evidence.
    int words = Math.max(1, reading.tokens().size());
    if (pieces.length > Tuning.MAX_PIECES_PER_WORD * words) {
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
    if (points >= Tuning.MIN_SEMANTIC) {
      s.semantic = points;
      if (s.sentence >= 0) {
        s.evidence.add(
            Evidence.semantic(
                sentences.get(s.sentence), Scorer.round(points), Scorer.round(s.similarity)));
      }
    }
  }

  /**
   * Positions by their value in {@code p} from {@code offset} on, highest first. A class rather
   * than a lambda: this runs in every one-line answer, where linking a lambda costs start-up time.
   */
  private static Comparator<Integer> descending(double[] p, int offset) {
    return new Comparator<>() {
      @Override
      public int compare(Integer a, Integer b) {
        return Double.compare(p[offset + b], p[offset + a]);
      }
    };
  }

  /**
   * The owners whose nearest sentence is looked for: the {@link Tuning#EXPLAINED_ROLES} likeliest
   * roles and the entries of the {@link Tuning#EXPLAINED_KINDS} likeliest kinds of other job, among
   * those that get semantic points at all.
   */
  private boolean[] likeliest(double[] p, double weight) {
    boolean[] wanted = new boolean[ownerCount];
    Integer[] roles = new Integer[roleCount];
    for (int r = 0; r < roleCount; r++) {
      roles[r] = r;
    }
    Arrays.sort(roles, descending(p, 0));
    for (int i = 0; i < Math.min(Tuning.EXPLAINED_ROLES, roleCount); i++) {
      wanted[roles[i]] = weight * p[roles[i]] >= Tuning.MIN_SEMANTIC;
    }
    int kinds = p.length - roleCount;
    Integer[] order = new Integer[kinds];
    for (int k = 0; k < kinds; k++) {
      order[k] = k;
    }
    Arrays.sort(order, descending(p, roleCount));
    boolean[] kindWanted = new boolean[kinds];
    for (int i = 0; i < Math.min(Tuning.EXPLAINED_KINDS, kinds); i++) {
      kindWanted[order[i]] = weight * p[roleCount + order[i]] >= Tuning.MIN_SEMANTIC;
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
}
