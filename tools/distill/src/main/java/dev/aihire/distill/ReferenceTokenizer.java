package dev.aihire.distill;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * The model's real tokenizer (DJL's binding of Hugging Face tokenizers, reading the
 * tokenizer.json shipped with the model), without truncation or padding. Build time only: it
 * is the reference the hand-written runtime tokenizer is tested against.
 */
final class ReferenceTokenizer implements AutoCloseable {
  private final HuggingFaceTokenizer tokenizer;

  ReferenceTokenizer() throws IOException {
    try (InputStream in =
        Teacher.class.getClassLoader().getResourceAsStream(Teacher.TOKENIZER_RESOURCE)) {
      if (in == null) {
        throw new IOException(Teacher.TOKENIZER_RESOURCE + " is not on the class path");
      }
      tokenizer = HuggingFaceTokenizer.newInstance(in,
          Map.of("truncation", "false", "padding", "false", "addSpecialTokens", "false"));
    }
  }

  /** Word-piece ids of the text, without [CLS] and [SEP]. */
  long[] ids(String text) {
    Encoding encoding = tokenizer.encode(text, false, false);
    return encoding.getIds();
  }

  /** Ids with [CLS] first and [SEP] last, as the teacher reads a sentence. */
  long[] idsWithSpecials(String text) {
    return tokenizer.encode(text, true, false).getIds();
  }

  @Override
  public void close() {
    tokenizer.close();
  }
}
