package dev.aihire.interview;

/** Arithmetic on beliefs: probability vectors over the roles, in knowledge order. */
final class Belief {
  private Belief() {}

  static double[] normalize(double[] p) {
    double sum = 0;
    for (double v : p) {
      sum += v;
    }
    double[] out = new double[p.length];
    for (int i = 0; i < p.length; i++) {
      out[i] = sum > 0 ? p[i] / sum : 1.0 / p.length;
    }
    return out;
  }

  /** Bayes' rule: the belief after an answer with likelihood {@code l[role]}. */
  static double[] update(double[] belief, double[] l) {
    double[] p = new double[belief.length];
    for (int r = 0; r < p.length; r++) {
      p[r] = belief[r] * l[r];
    }
    return normalize(p);
  }

  /** Shannon entropy in bits. */
  static double entropy(double[] p) {
    double h = 0;
    for (double v : p) {
      if (v > 0) {
        h -= v * Math.log(v);
      }
    }
    return h / Math.log(2);
  }

  /**
   * Expected information gain of a question, in bits: the entropy of the belief now less the
   * expected entropy after the answer, each answer weighted by how likely it is under the current
   * belief. {@code l} is {@code [answer][role]}.
   */
  static double expectedGain(double[] belief, double[][] l) {
    double expected = 0;
    for (double[] answer : l) {
      double pa = 0;
      double[] post = new double[belief.length];
      for (int r = 0; r < belief.length; r++) {
        post[r] = belief[r] * answer[r];
        pa += post[r];
      }
      if (pa > 0) {
        for (int r = 0; r < post.length; r++) {
          post[r] /= pa;
        }
        expected += pa * entropy(post);
      }
    }
    return entropy(belief) - expected;
  }

  /** The largest and second-largest probabilities. */
  static double[] top2(double[] p) {
    double a = 0;
    double b = 0;
    for (double v : p) {
      if (v > a) {
        b = a;
        a = v;
      } else if (v > b) {
        b = v;
      }
    }
    return new double[] {a, b};
  }

  /** Role indexes ordered by probability, highest first; ties in knowledge order. */
  static Integer[] order(double[] p) {
    Integer[] order = new Integer[p.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (x, y) -> p[x] != p[y] ? Double.compare(p[y], p[x]) : x - y);
    return order;
  }
}
