package dev.aihire.distill;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.nio.LongBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The teacher, all-MiniLM-L6-v2 (quantized), run with ONNX Runtime straight from the .onnx file
 * inside the langchain4j artifact. One thread, sequential execution, no graph tricks that could
 * reorder floating-point sums: the same inputs give the same bits on every run.
 */
final class Teacher implements AutoCloseable {
  static final String MODEL_RESOURCE = "all-minilm-l6-v2-q.onnx";
  static final String TOKENIZER_RESOURCE = "all-minilm-l6-v2-q-tokenizer.json";
  static final int HIDDEN = 384;

  private final OrtEnvironment env;
  private final OrtSession session;
  private final boolean wantsTokenTypes;

  Teacher() throws IOException, OrtException {
    byte[] model;
    try (InputStream in = Teacher.class.getClassLoader().getResourceAsStream(MODEL_RESOURCE)) {
      if (in == null) {
        throw new IOException(MODEL_RESOURCE + " is not on the class path");
      }
      model = in.readAllBytes();
    }
    env = OrtEnvironment.getEnvironment();
    OrtSession.SessionOptions options = new OrtSession.SessionOptions();
    options.setIntraOpNumThreads(1);
    options.setInterOpNumThreads(1);
    options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
    session = env.createSession(model, options);
    wantsTokenTypes = session.getInputNames().contains("token_type_ids");
  }

  /**
   * Mean-pooled last hidden state (sentence-transformers' pooling for this model) of each
   * sequence; all sequences of a batch have the same length and every position is attended.
   */
  float[][] meanPooled(long[][] ids) throws OrtException {
    int batch = ids.length;
    int length = ids[0].length;
    long[] flatIds = new long[batch * length];
    long[] ones = new long[batch * length];
    for (int b = 0; b < batch; b++) {
      System.arraycopy(ids[b], 0, flatIds, b * length, length);
    }
    Arrays.fill(ones, 1L);
    long[] shape = {batch, length};
    Map<String, OnnxTensor> inputs = new HashMap<>();
    try (OnnxTensor idTensor = OnnxTensor.createTensor(env, LongBuffer.wrap(flatIds), shape);
        OnnxTensor maskTensor = OnnxTensor.createTensor(env, LongBuffer.wrap(ones), shape);
        OnnxTensor typeTensor =
            OnnxTensor.createTensor(env, LongBuffer.wrap(new long[batch * length]), shape)) {
      inputs.put("input_ids", idTensor);
      inputs.put("attention_mask", maskTensor);
      if (wantsTokenTypes) {
        inputs.put("token_type_ids", typeTensor);
      }
      try (OrtSession.Result result = session.run(inputs)) {
        float[][][] hidden = (float[][][]) result.get(0).getValue();
        float[][] pooled = new float[batch][HIDDEN];
        for (int b = 0; b < batch; b++) {
          for (int t = 0; t < length; t++) {
            for (int h = 0; h < HIDDEN; h++) {
              pooled[b][h] += hidden[b][t][h];
            }
          }
          for (int h = 0; h < HIDDEN; h++) {
            pooled[b][h] /= length;
          }
        }
        return pooled;
      }
    }
  }

  @Override
  public void close() throws OrtException {
    session.close();
  }
}
