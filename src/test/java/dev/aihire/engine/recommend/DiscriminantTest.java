package dev.aihire.engine.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DiscriminantTest {
  @Test
  void sumsTheDeviationProductsAsOneVectorAtATimeWould() {
    // 75 vectors: two full blocks of 32 and a short one of 11, so every block ends with vectors
    // left over from the groups of four.
    int dims = 7;
    int n = 75;
    Random random = new Random(42);
    List<float[]> vectors = new ArrayList<>();
    int[] labels = new int[n];
    double[][] mean = new double[3][dims];
    for (int i = 0; i < n; i++) {
      float[] x = new float[dims];
      for (int d = 0; d < dims; d++) {
        x[d] = (float) random.nextGaussian();
      }
      vectors.add(x);
      labels[i] = random.nextInt(3);
    }
    for (double[] m : mean) {
      for (int d = 0; d < dims; d++) {
        m[d] = random.nextGaussian() / 4;
      }
    }
    double[][] expected = new double[dims][dims];
    for (int i = 0; i < n; i++) {
      for (int p = 0; p < dims; p++) {
        for (int q = p; q < dims; q++) {
          double dp = vectors.get(i)[p] - mean[labels[i]][p];
          double dq = vectors.get(i)[q] - mean[labels[i]][q];
          expected[p][q] += dp * dq;
        }
      }
    }
    double[][] actual = Discriminant.scatter(vectors, labels, mean, dims);
    for (int p = 0; p < dims; p++) {
      assertThat(actual[p]).as("row %d", p).containsExactly(expected[p]);
    }
  }

  @Test
  void scoresEachVectorHighestForTheClassItWasDrawnAround() {
    int dims = 4;
    Random random = new Random(7);
    List<float[]> vectors = new ArrayList<>();
    List<Integer> labels = new ArrayList<>();
    for (int i = 0; i < 90; i++) {
      int c = i % 2;
      float[] x = new float[dims];
      for (int d = 0; d < dims; d++) {
        x[d] = (float) (random.nextGaussian() * 0.3 + (d == c ? 2 : 0));
      }
      vectors.add(x);
      labels.add(c);
    }
    // Class 2 has no vectors: it never wins.
    Discriminant fitted =
        Discriminant.fit(vectors, labels.stream().mapToInt(i -> i).toArray(), 3, dims);
    double[] first = fitted.scores(new float[] {2, 0, 0, 0});
    double[] second = fitted.scores(new float[] {0, 2, 0, 0});
    assertThat(first[0]).isGreaterThan(first[1]);
    assertThat(second[1]).isGreaterThan(second[0]);
    assertThat(first[2]).isLessThan(-1e5);
    assertThat(fitted.bias()[2]).isEqualTo(-1e6f);
  }
}
