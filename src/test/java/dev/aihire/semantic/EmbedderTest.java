package dev.aihire.semantic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

class EmbedderTest {
  private final Embedder embedder = Embedder.bundled();

  @Test
  void givesUnitVectorsOfTheTablesDimensions() {
    float[] v = embedder.embed("We need someone to build a chatbot for our support team.");
    assertThat(embedder.dimensions()).isEqualTo(128);
    assertThat(v).hasSize(128);
    assertThat(norm(v)).isCloseTo(1.0, within(1e-5));
  }

  @Test
  void givesZerosWhenNoWordPieceIsKnown() {
    assertThat(embedder.embed("")).containsOnly(0f);
    assertThat(embedder.embed("\u0000 \u200b 🦜")).containsOnly(0f);
    assertThat(Embedder.cosine(embedder.embed(""), embedder.embed("data"))).isZero();
  }

  @Test
  void embedsManyTextsAsItEmbedsEachOne() {
    List<String> texts = List.of("forecast demand", "zebra crossing", "prompt engineering", "");
    float[][] all = embedder.embedAll(texts);
    for (int i = 0; i < texts.size(); i++) {
      assertThat(all[i]).containsExactly(embedder.embed(texts.get(i)));
    }
  }

  @Test
  void embedsABatchAsEachTextAloneWhereRowsAreLeftOverOrCutOff() {
    // Batch sums add rows four at a time: texts whose pieces leave one to three over, a word too
    // long to have pieces, one with a part no piece matches, and texts cut at the piece limit part
    // way through a word's pieces.
    String split = "embeddings"; // em ##bed ##ding ##s
    String tooLong = "x".repeat(101);
    String unmatched = "data\ud83d\ude00";
    String filler = "data ".repeat(Embedder.MAX_PIECES - 2);
    List<String> texts =
        List.of(
            split + " " + tooLong + " " + unmatched,
            split + " data",
            split + " data data data",
            unmatched + " " + tooLong + " " + split + " " + split,
            filler + split,
            filler + split + " tail",
            filler + " " + unmatched + " " + split);
    float[][] all = Embedder.open(TableFile.BUNDLED).embedAll(texts);
    for (int i = 0; i < texts.size(); i++) {
      assertThat(all[i]).as("text %d", i).containsExactly(embedder.embed(texts.get(i)));
    }
    assertThat(embedder.tokenIds(filler + split)).endsWith(7861, 8270);
    assertThat(embedder.tokenIds(unmatched)).containsExactly(WordPiece.UNKNOWN);
  }

  @Test
  void embedsEveryLineOfTheShippedKnowledgeAsItEmbedsEachOne() throws Exception {
    // Thousands of texts, repeats and lines of punctuation only among them: the batch path lays
    // rows out as floats, the single path adds them from bytes; both must give the same bits.
    List<String> lines = java.nio.file.Files.readAllLines(java.nio.file.Path.of("roles.yaml"));
    float[][] all = Embedder.open(TableFile.BUNDLED).embedAll(lines);
    assertThat(lines).hasSizeGreaterThan(1000);
    for (int i = 0; i < lines.size(); i++) {
      assertThat(all[i]).as(lines.get(i)).containsExactly(embedder.embed(lines.get(i)));
    }
  }

  @Test
  void isTheSameVectorWhateverOrderRowsWereReadIn() {
    Embedder fresh = Embedder.open(TableFile.BUNDLED);
    float[] late = embedder.embed("zzz yoga quantum aardvark");
    float[] first = fresh.embed("zzz yoga quantum aardvark");
    assertThat(first).containsExactly(late);
  }

  @Test
  void givesTheSameVectorsOnceItHasReadTheWholeTable() {
    Embedder fresh = Embedder.open(TableFile.BUNDLED);
    String[] words = {
      "zebra",
      "pipeline",
      "forecast",
      "kitchen",
      "quantum",
      "invoice",
      "yoga",
      "warehouse",
      "chatbot",
      "ledger",
      "vision",
      "sensor",
      "harvest",
      "pilot",
      "tensor",
      "garden",
      "cluster",
      "drift",
      "opera",
      "almanac"
    };
    // Twenty texts, each a fetch of its own (often behind the stream, so the table is opened
    // again), and the last ones after the point where the rest is read in one pass.
    for (int i = words.length - 1; i >= 0; i--) {
      String text = words[i] + " and " + words[(i + 7) % words.length];
      assertThat(fresh.embed(text)).containsExactly(embedder.embed(text));
    }
  }

  @Test
  void shipsATableWhoseBodiesMatchTheirChecksums() throws IOException {
    try (ZipInputStream zip = new ZipInputStream(resource())) {
      ZipEntry vocab = zip.getNextEntry();
      assertThat(vocab.getName()).isEqualTo("vocab.bin");
      assertThat(vocab.getMethod()).isEqualTo(ZipEntry.STORED);
      checkBody(new DataInputStream(zip), Vocabulary.MAGIC, Vocabulary.VERSION, 2);
      ZipEntry vectors = zip.getNextEntry();
      assertThat(vectors.getName()).isEqualTo("vectors.bin");
      assertThat(vectors.getMethod()).isEqualTo(ZipEntry.STORED);
      checkBody(new DataInputStream(zip), VectorTable.MAGIC, VectorTable.VERSION, 3);
    }
  }

  /** Header: magic, version, {@code fields} more ints, body length, CRC-32; then the body. */
  private static void checkBody(DataInputStream in, int magic, int version, int fields)
      throws IOException {
    assertThat(in.readInt()).isEqualTo(magic);
    assertThat(in.readInt()).isEqualTo(version);
    for (int i = 0; i < fields; i++) {
      in.readInt();
    }
    byte[] body = new byte[in.readInt()];
    int crc = in.readInt();
    in.readFully(body);
    CRC32 check = new CRC32();
    check.update(body);
    assertThat((int) check.getValue()).isEqualTo(crc);
  }

  private static InputStream resource() {
    return Embedder.class.getResourceAsStream(TableFile.BUNDLED);
  }

  private static double norm(float[] v) {
    double sum = 0;
    for (float x : v) {
      sum += x * x;
    }
    return Math.sqrt(sum);
  }
}
