package dev.aihire.distill;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Distils all-MiniLM-L6-v2 (quantized) into static token vectors, the Model2Vec way: every
 * vocabulary token goes through the model once as {@code [SEP] token [CLS]}, its output is
 * mean-pooled, the outputs are reduced with PCA, each row is weighted down by its token's
 * frequency as Zipf's law estimates it from the vocabulary rank (SIF weighting), and the rows
 * are quantised to int8 with one scale per row. Usage: {@code Distill OUT_DIR FIXTURE_DIR}.
 */
public final class Distill {
  /** Output dimensions; StudentCheck's table in docs/semantic.md is why. */
  static final int DIMS = 128;
  /** Model2Vec's default SIF coefficient. */
  static final double SIF = 1e-4;
  static final String TABLE_FILE = "minilm-l6-static.zip";
  private static final int BATCH = 512;
  /**
   * How a token is fed: "sep-cls", {@code [SEP] token [CLS]}, the reversed order Model2Vec
   * uses, which tracks the teacher better in StudentCheck (docs/semantic.md), or "cls-sep", the
   * order of a real sentence. {@code -Ddistill.input=cls-sep -Ddistill.dryRun=true} only prints
   * the check, for comparing the two.
   */
  private static final String INPUT = System.getProperty("distill.input", "sep-cls");
  private static final boolean DRY_RUN = Boolean.getBoolean("distill.dryRun");
  private static final Pattern NEVER_USEFUL =
      Pattern.compile("\\[unused\\d+]|\\[PAD]|\\[UNK]|\\[CLS]|\\[SEP]|\\[MASK]");

  private Distill() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: Distill OUT_DIR FIXTURE_DIR");
      System.exit(2);
    }
    Path outDir = Path.of(args[0]);
    Path fixtureDir = Path.of(args[1]);
    String[] tokens = vocabulary();
    int firstId = firstUsefulId(tokens);
    int rows = tokens.length - firstId;
    System.err.printf("vocabulary %d tokens, %d rows from id %d%n", tokens.length, rows, firstId);

    float[][] outputs = new float[rows][];
    try (Teacher teacher = new Teacher();
        ReferenceTokenizer reference = new ReferenceTokenizer()) {
      long started = System.nanoTime();
      for (int from = 0; from < rows; from += BATCH) {
        int to = Math.min(rows, from + BATCH);
        long[][] batch = new long[to - from][];
        for (int r = from; r < to; r++) {
          batch[r - from] = INPUT.equals("cls-sep") ? new long[] {101, firstId + r, 102}
              : new long[] {102, firstId + r, 101};
        }
        float[][] pooled = teacher.meanPooled(batch);
        System.arraycopy(pooled, 0, outputs, from, pooled.length);
      }
      System.err.printf("teacher pass: %.1f s%n", (System.nanoTime() - started) / 1e9);

      Pca pca = Pca.fit(outputs);
      double[] weights = sifWeights(rows);
      StudentCheck check = new StudentCheck(teacher, reference, firstId, pca, outputs, weights);
      check.report(fixtureDir.resolve("quality-pairs.txt"), new int[] {64, 128, 256, 384});

      Quantised table = Quantised.of(pca, outputs, weights, DIMS);
      check.reportQuantised(table);
      if (DRY_RUN) {
        return;
      }
      byte[] vocab = TableWriter.vocab(tokens);
      byte[] vectors = TableWriter.vectors(firstId, table.scales(), table.rows());
      Path out = outDir.resolve(TABLE_FILE);
      TableWriter.writeZip(out, vocab, vectors);
      System.err.printf("wrote %s: %d bytes (%d dims x %d rows, explained variance %.3f)%n",
          out, Files.size(out), DIMS, rows, pca.explained(DIMS));

      Fixture.write(reference,
          Distill.class.getResourceAsStream("/wordpiece-sentences.txt"),
          fixtureDir.resolve("wordpiece-reference.txt"));
    }
  }

  /** Tokens in id order, from the model's own tokenizer.json. */
  static String[] vocabulary() throws IOException {
    JsonNode vocab;
    try (InputStream in =
        Distill.class.getClassLoader().getResourceAsStream(Teacher.TOKENIZER_RESOURCE)) {
      vocab = new ObjectMapper().readTree(in).path("model").path("vocab");
    }
    String[] tokens = new String[vocab.size()];
    for (Iterator<Map.Entry<String, JsonNode>> it = vocab.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      tokens[e.getValue().asInt()] = e.getKey();
    }
    for (int id = 0; id < tokens.length; id++) {
      if (tokens[id] == null) {
        throw new IOException("vocabulary has no token with id " + id);
      }
    }
    return tokens;
  }

  /**
   * The special and [unused] tokens all come first in BERT's vocabulary; the runtime never
   * produces them (it adds no [CLS]/[SEP] and drops [UNK], as Model2Vec does), so the table
   * starts after them.
   */
  static int firstUsefulId(String[] tokens) throws IOException {
    int first = 0;
    while (first < tokens.length && NEVER_USEFUL.matcher(tokens[first]).matches()) {
      first++;
    }
    for (int id = first; id < tokens.length; id++) {
      if (NEVER_USEFUL.matcher(tokens[id]).matches()) {
        throw new IOException("special token " + tokens[id] + " after the first real token");
      }
    }
    return first;
  }

  /**
   * SIF weights a / (a + p(rank)), where p follows Zipf's law over the rank of a row (BERT's
   * vocabulary is roughly in frequency order): frequent tokens such as "the" count little.
   */
  static double[] sifWeights(int rows) {
    double norm = 0;
    for (int r = 0; r < rows; r++) {
      norm += 1.0 / (r + 2);
    }
    double[] weights = new double[rows];
    for (int r = 0; r < rows; r++) {
      double p = 1.0 / (r + 2) / norm;
      weights[r] = SIF / (SIF + p);
    }
    return weights;
  }

  static List<String> lines(InputStream in) throws IOException {
    List<String> out = new ArrayList<>();
    for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
      if (!line.isEmpty() && !line.startsWith("#")) {
        out.add(line);
      }
    }
    return out;
  }
}
