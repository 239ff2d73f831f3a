package dev.aihire.distill;

import ai.onnxruntime.OrtException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * A quick check that chooses the output size: how well the static vectors reproduce the
 * teacher's sentence similarities (Pearson r between the two models' cosines over every pair
 * of the check sentences) and how far apart related and unrelated pairs land. Printed only; it
 * never changes the table.
 */
final class StudentCheck {
  private final ReferenceTokenizer reference;
  private final int firstId;
  private final Pca pca;
  private final float[][] outputs;
  private final double[] weights;
  private final Teacher teacher;
  private List<String[]> pairs;
  private List<String> others;
  private List<String> sentences;
  private double[][] teacherVectors;

  StudentCheck(Teacher teacher, ReferenceTokenizer reference, int firstId, Pca pca,
      float[][] outputs, double[] weights) {
    this.teacher = teacher;
    this.reference = reference;
    this.firstId = firstId;
    this.pca = pca;
    this.outputs = outputs;
    this.weights = weights;
  }

  void report(Path pairFile, int[] dimsToTry) throws IOException, OrtException {
    pairs = new ArrayList<>();
    others = new ArrayList<>();
    sentences = new ArrayList<>();
    try (InputStream in = Files.newInputStream(pairFile)) {
      for (String line : Distill.lines(in)) {
        String[] parts = line.split("\\|");
        if (parts[0].equals("pair")) {
          pairs.add(new String[] {parts[1], parts[2]});
          sentences.add(parts[1]);
          sentences.add(parts[2]);
        } else {
          others.add(parts[1]);
        }
      }
    }
    sentences.addAll(others);
    teacherVectors = new double[sentences.size()][];
    for (int s = 0; s < sentences.size(); s++) {
      long[] ids = reference.idsWithSpecials(sentences.get(s));
      float[] pooled = teacher.meanPooled(new long[][] {ids})[0];
      double[] v = new double[pooled.length];
      for (int i = 0; i < v.length; i++) {
        v[i] = pooled[i];
      }
      teacherVectors[s] = v;
    }
    System.err.println(line("teacher", teacherVectors));
    for (int dims : dimsToTry) {
      int d = dims;
      System.err.println(line("static " + dims + "d float, explained "
          + String.format("%.3f", pca.explained(dims)), student(r -> project(r, d))));
    }
  }

  void reportQuantised(Quantised table) {
    System.err.println(line("static " + table.rows()[0].length + "d int8 (shipped)",
        student(r -> toDouble(table.dequantised(r)))));
  }

  private double[] project(int row, int dims) {
    double[] v = pca.project(outputs[row], dims);
    for (int k = 0; k < dims; k++) {
      v[k] *= weights[row];
    }
    return v;
  }

  private static double[] toDouble(float[] f) {
    double[] d = new double[f.length];
    for (int i = 0; i < f.length; i++) {
      d[i] = f[i];
    }
    return d;
  }

  private double[][] student(IntFunction<double[]> rowVector) {
    double[][] out = new double[sentences.size()][];
    for (int s = 0; s < sentences.size(); s++) {
      double[] sum = null;
      for (long id : reference.ids(sentences.get(s))) {
        if (id < firstId) {
          continue;
        }
        double[] row = rowVector.apply((int) id - firstId);
        if (sum == null) {
          sum = new double[row.length];
        }
        for (int k = 0; k < row.length; k++) {
          sum[k] += row[k];
        }
      }
      out[s] = sum;
    }
    return out;
  }

  private String line(String label, double[][] vectors) {
    List<Double> teacherCos = new ArrayList<>();
    List<Double> studentCos = new ArrayList<>();
    for (int i = 0; i < vectors.length; i++) {
      for (int j = i + 1; j < vectors.length; j++) {
        teacherCos.add(cosine(teacherVectors[i], teacherVectors[j]));
        studentCos.add(cosine(vectors[i], vectors[j]));
      }
    }
    double related = 0;
    double closestOther = 0;
    int worstMargin = Integer.MAX_VALUE;
    double minMargin = Double.MAX_VALUE;
    for (int p = 0; p < pairs.size(); p++) {
      double cos = cosine(vectors[2 * p], vectors[2 * p + 1]);
      related += cos;
      double best = -1;
      for (int o = 0; o < others.size(); o++) {
        int index = 2 * pairs.size() + o;
        best = Math.max(best, cosine(vectors[2 * p], vectors[index]));
        best = Math.max(best, cosine(vectors[2 * p + 1], vectors[index]));
      }
      closestOther += best;
      if (cos - best < minMargin) {
        minMargin = cos - best;
        worstMargin = p;
      }
    }
    return String.format("%-40s r=%.3f related=%.3f closest-other=%.3f worst margin=%.3f (#%d)",
        label, pearson(teacherCos, studentCos), related / pairs.size(),
        closestOther / pairs.size(), minMargin, worstMargin);
  }

  static double cosine(double[] a, double[] b) {
    if (a == null || b == null) {
      return 0;
    }
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
      na += a[i] * a[i];
      nb += b[i] * b[i];
    }
    return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
  }

  private static double pearson(List<Double> x, List<Double> y) {
    int n = x.size();
    double mx = 0;
    double my = 0;
    for (int i = 0; i < n; i++) {
      mx += x.get(i);
      my += y.get(i);
    }
    mx /= n;
    my /= n;
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < n; i++) {
      double dx = x.get(i) - mx;
      double dy = y.get(i) - my;
      sxy += dx * dy;
      sxx += dx * dx;
      syy += dy * dy;
    }
    return sxy / Math.sqrt(sxx * syy);
  }
}
