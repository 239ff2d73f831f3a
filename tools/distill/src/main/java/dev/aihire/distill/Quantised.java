package dev.aihire.distill;

/**
 * The weighted, PCA-reduced rows quantised to int8 with one scale per row (largest magnitude to
 * 127), which keeps each row's direction to within half a step of 1/127 per component.
 */
record Quantised(float[] scales, byte[][] rows) {

  static Quantised of(Pca pca, float[][] outputs, double[] weights, int dims) {
    float[] scales = new float[outputs.length];
    byte[][] rows = new byte[outputs.length][dims];
    for (int r = 0; r < outputs.length; r++) {
      double[] v = pca.project(outputs[r], dims);
      double largest = 0;
      for (int k = 0; k < dims; k++) {
        v[k] *= weights[r];
        largest = Math.max(largest, Math.abs(v[k]));
      }
      float scale = (float) (largest / 127.0);
      scales[r] = scale;
      for (int k = 0; k < dims; k++) {
        long q = scale == 0 ? 0 : Math.round(v[k] / scale);
        rows[r][k] = (byte) Math.max(-127, Math.min(127, q));
      }
    }
    return new Quantised(scales, rows);
  }

  float[] dequantised(int row) {
    byte[] q = rows[row];
    float[] out = new float[q.length];
    for (int k = 0; k < q.length; k++) {
      out[k] = q[k] * scales[row];
    }
    return out;
  }
}
