package dev.aihire.distill;

import java.util.Arrays;
import java.util.Comparator;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealVector;

/**
 * Principal components of the teacher's token outputs. The covariance is summed in double, in
 * row order, so it is the same on every run; commons-math's symmetric eigen solver (a
 * Householder tridiagonalisation and QL, pure Java) is used rather than a hand-written Jacobi
 * loop because it is well tested and still deterministic. An eigenvector's sign is arbitrary,
 * so each is flipped until its largest-magnitude entry (the first such, on a tie) is positive.
 */
final class Pca {
  private final double[] mean;
  private final double[][] components;
  private final double[] variances;
  private final double totalVariance;

  private Pca(double[] mean, double[][] components, double[] variances, double totalVariance) {
    this.mean = mean;
    this.components = components;
    this.variances = variances;
    this.totalVariance = totalVariance;
  }

  static Pca fit(float[][] rows) {
    int dims = rows[0].length;
    double[] mean = new double[dims];
    for (float[] row : rows) {
      for (int i = 0; i < dims; i++) {
        mean[i] += row[i];
      }
    }
    for (int i = 0; i < dims; i++) {
      mean[i] /= rows.length;
    }
    double[][] cov = new double[dims][dims];
    double[] centred = new double[dims];
    for (float[] row : rows) {
      for (int i = 0; i < dims; i++) {
        centred[i] = row[i] - mean[i];
      }
      for (int i = 0; i < dims; i++) {
        double ci = centred[i];
        double[] covRow = cov[i];
        for (int j = i; j < dims; j++) {
          covRow[j] += ci * centred[j];
        }
      }
    }
    double total = 0;
    for (int i = 0; i < dims; i++) {
      for (int j = i; j < dims; j++) {
        cov[i][j] /= rows.length - 1;
        cov[j][i] = cov[i][j];
      }
      total += cov[i][i];
    }
    EigenDecomposition eigen = new EigenDecomposition(new Array2DRowRealMatrix(cov, false));
    double[] values = eigen.getRealEigenvalues();
    Integer[] order = new Integer[dims];
    for (int i = 0; i < dims; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble((Integer k) -> -values[k])
        .thenComparingInt(k -> k));
    double[][] components = new double[dims][];
    double[] variances = new double[dims];
    for (int k = 0; k < dims; k++) {
      RealVector v = eigen.getEigenvector(order[k]);
      components[k] = withFixedSign(v.toArray());
      variances[k] = values[order[k]];
    }
    return new Pca(mean, components, variances, total);
  }

  private static double[] withFixedSign(double[] v) {
    int largest = 0;
    for (int i = 1; i < v.length; i++) {
      if (Math.abs(v[i]) > Math.abs(v[largest])) {
        largest = i;
      }
    }
    if (v[largest] < 0) {
      for (int i = 0; i < v.length; i++) {
        v[i] = -v[i];
      }
    }
    return v;
  }

  /** Share of the total variance kept by the first {@code dims} components. */
  double explained(int dims) {
    double kept = 0;
    for (int k = 0; k < dims; k++) {
      kept += variances[k];
    }
    return kept / totalVariance;
  }

  double[] project(float[] row, int dims) {
    double[] out = new double[dims];
    for (int k = 0; k < dims; k++) {
      double[] c = components[k];
      double sum = 0;
      for (int i = 0; i < c.length; i++) {
        sum += (row[i] - mean[i]) * c[i];
      }
      out[k] = sum;
    }
    return out;
  }
}
