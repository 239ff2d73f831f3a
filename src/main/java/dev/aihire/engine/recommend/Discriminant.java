package dev.aihire.engine.recommend;

import java.util.List;

/**
 * A linear discriminant over sentence vectors (Fisher's LDA with a shrunk shared covariance): from
 * the knowledge's own sentences, labelled by the role or kind of job they describe, it learns which
 * directions of the vector space tell the classes apart, not just where each class lies. On the
 * project's labelled needs it picks the right role about a third more often than the nearest
 * situation sentence does (docs/recommend-tuning.md).
 *
 * <p>Closed form and deterministic: class means, the pooled within-class covariance shrunk towards
 * its average variance, one matrix inverse. Fitting costs O(n·d²) for n sentences of d dimensions,
 * so a knowledge file a hundred times larger still compiles in a moment.
 */
public final class Discriminant {
  /**
   * How far the covariance is pulled towards a multiple of the identity: with a few hundred
   * sentences for 128 dimensions the raw estimate over-fits, and 0.1 measured best.
   */
  static final double SHRINK = 0.1;

  /** Vectors whose deviations are summed into the covariance together (32 KB of them). */
  private static final int BLOCK = 32;

  private final int classes;
  private final int dims;
  private final float[] weights;
  private final float[] bias;

  private Discriminant(int classes, int dims, float[] weights, float[] bias) {
    if (weights.length != classes * dims || bias.length != classes) {
      throw new IllegalArgumentException("discriminant sizes disagree");
    }
    this.classes = classes;
    this.dims = dims;
    this.weights = weights;
    this.bias = bias;
  }

  /**
   * As stored: the arrays were made by the reader for this discriminant alone, so neither is copied
   * (for a knowledge file 100 times the shipped one, 0.7 MB that every answer from its compiled
   * copy allocated).
   */
  public static Discriminant stored(int classes, int dims, float[] weights, float[] bias) {
    return new Discriminant(classes, dims, weights, bias);
  }

  /**
   * Fits the discriminant to labelled vectors. A class without vectors gets no say: its score is
   * always far below the others'.
   */
  static Discriminant fit(List<float[]> vectors, int[] labels, int classes, int dims) {
    double[][] mean = new double[classes][dims];
    int[] count = new int[classes];
    for (int i = 0; i < labels.length; i++) {
      count[labels[i]]++;
      float[] x = vectors.get(i);
      for (int d = 0; d < dims; d++) {
        mean[labels[i]][d] += x[d];
      }
    }
    for (int c = 0; c < classes; c++) {
      for (int d = 0; d < dims; d++) {
        mean[c][d] /= Math.max(1, count[c]);
      }
    }
    double[][] cov = scatter(vectors, labels, mean, dims);
    double trace = 0;
    int n = Math.max(1, labels.length);
    for (int p = 0; p < dims; p++) {
      for (int q = p; q < dims; q++) {
        cov[p][q] /= n;
        cov[q][p] = cov[p][q];
      }
      trace += cov[p][p];
    }
    double ridge = SHRINK * Math.max(trace / dims, 1e-6);
    for (int p = 0; p < dims; p++) {
      for (int q = 0; q < dims; q++) {
        cov[p][q] = (1 - SHRINK) * cov[p][q] + (p == q ? ridge : 0);
      }
    }
    double[][] inverse = invert(cov);
    float[] w = new float[classes * dims];
    float[] b = new float[classes];
    for (int c = 0; c < classes; c++) {
      if (count[c] == 0) {
        b[c] = -1e6f;
        continue;
      }
      double self = 0;
      for (int p = 0; p < dims; p++) {
        double s = 0;
        for (int q = 0; q < dims; q++) {
          s += inverse[p][q] * mean[c][q];
        }
        w[c * dims + p] = (float) s;
        self += s * mean[c][p];
      }
      b[c] = (float) (-0.5 * self);
    }
    return new Discriminant(classes, dims, w, b);
  }

  /**
   * The sums of products of every vector's deviation from its class mean, on and above the diagonal
   * (entry [p][q] for {@code q >= p}; the rest stays 0). The deviations of a block of vectors at a
   * time, each row summed over the block while it sits in the first-level cache: each entry still
   * adds its terms in vector order (the same sums, bit for bit), but the 128 KB matrix is not
   * walked once a vector.
   */
  static double[][] scatter(List<float[]> vectors, int[] labels, double[][] mean, int dims) {
    double[][] sums = new double[dims][dims];
    double[][] devs = new double[BLOCK][dims];
    for (int from = 0; from < labels.length; from += BLOCK) {
      int size = Math.min(BLOCK, labels.length - from);
      for (int j = 0; j < size; j++) {
        float[] x = vectors.get(from + j);
        double[] m = mean[labels[from + j]];
        double[] dev = devs[j];
        for (int d = 0; d < dims; d++) {
          dev[d] = x[d] - m[d];
        }
      }
      for (int p = 0; p < dims; p++) {
        addProducts(sums[p], devs, size, p);
      }
    }
    return sums;
  }

  /**
   * Adds to {@code row} (row {@code p}, from its diagonal on) the products of the first {@code
   * size} deviations, four vectors at a time: each entry is loaded and stored once for four
   * products, added in vector order as one at a time would (the same sums, bit for bit), which took
   * a third off a 200,000-sentence fit (670 to 470 ms, docs/performance.md).
   */
  private static void addProducts(double[] row, double[][] devs, int size, int p) {
    int j = 0;
    for (; j + 4 <= size; j += 4) {
      double[] d0 = devs[j];
      double[] d1 = devs[j + 1];
      double[] d2 = devs[j + 2];
      double[] d3 = devs[j + 3];
      double p0 = d0[p];
      double p1 = d1[p];
      double p2 = d2[p];
      double p3 = d3[p];
      for (int q = p; q < row.length; q++) {
        row[q] = row[q] + p0 * d0[q] + p1 * d1[q] + p2 * d2[q] + p3 * d3[q];
      }
    }
    for (; j < size; j++) {
      double[] dev = devs[j];
      double dp = dev[p];
      for (int q = p; q < row.length; q++) {
        row[q] += dp * dev[q];
      }
    }
  }

  /** Each class's score for a vector: higher is likelier; differences are log-odds. */
  double[] scores(float[] v) {
    double[] z = new double[classes];
    for (int c = 0; c < classes; c++) {
      double s = bias[c];
      int base = c * dims;
      for (int d = 0; d < dims; d++) {
        s += weights[base + d] * v[d];
      }
      z[c] = s;
    }
    return z;
  }

  public int classes() {
    return classes;
  }

  public int dims() {
    return dims;
  }

  public float[] weights() {
    return weights.clone();
  }

  public float[] bias() {
    return bias.clone();
  }

  /** Gauss-Jordan with partial pivoting; the matrix is symmetric positive definite. */
  private static double[][] invert(double[][] m) {
    int n = m.length;
    double[][] a = new double[n][2 * n];
    for (int i = 0; i < n; i++) {
      System.arraycopy(m[i], 0, a[i], 0, n);
      a[i][n + i] = 1;
    }
    for (int c = 0; c < n; c++) {
      int pivot = c;
      for (int r = c + 1; r < n; r++) {
        if (Math.abs(a[r][c]) > Math.abs(a[pivot][c])) {
          pivot = r;
        }
      }
      double[] t = a[c];
      a[c] = a[pivot];
      a[pivot] = t;
      double v = a[c][c];
      for (int j = 0; j < 2 * n; j++) {
        a[c][j] /= v;
      }
      for (int r = 0; r < n; r++) {
        double f = a[r][c];
        if (r != c && f != 0) {
          for (int j = 0; j < 2 * n; j++) {
            a[r][j] -= f * a[c][j];
          }
        }
      }
    }
    double[][] inverse = new double[n][n];
    for (int i = 0; i < n; i++) {
      System.arraycopy(a[i], n, inverse[i], 0, n);
    }
    return inverse;
  }
}
