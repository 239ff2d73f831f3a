package dev.aihire.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A sanity check of the distilled vectors, not a tuning target: two wordings of one need are closer
 * to each other than to sentences about other jobs (src/test/resources/semantic/
 * quality-pairs.txt).
 */
class SemanticQualityTest {
  private final Embedder embedder = Embedder.bundled();

  @Test
  void twoWordingsOfANeedAreCloserThanSentencesAboutOtherWork() throws IOException {
    List<String[]> pairs = new ArrayList<>();
    List<String> others = new ArrayList<>();
    read(pairs, others);
    assertThat(pairs).hasSize(10);
    double marginSum = 0;
    for (String[] pair : pairs) {
      float[] a = embedder.embed(pair[0]);
      float[] b = embedder.embed(pair[1]);
      double unrelated = 0;
      for (String other : others) {
        float[] o = embedder.embed(other);
        unrelated += (Embedder.cosine(a, o) + Embedder.cosine(b, o)) / 2;
      }
      double margin = Embedder.cosine(a, b) - unrelated / others.size();
      // Measured 0.14 to 0.46 (docs/semantic.md); 0.1 is a margin a ranking can use.
      assertThat(margin).as("%s / %s", pair[0], pair[1]).isGreaterThan(0.10);
      marginSum += margin;
    }
    assertThat(marginSum / pairs.size()).isGreaterThan(0.20);
  }

  @Test
  void theChatbotNeedIsFarFromThePlumber() {
    float[] need = embedder.embed("we need a chatbot on our docs");
    double paraphrase =
        Embedder.cosine(
            need, embedder.embed("build an LLM assistant that answers from our documentation"));
    double plumber = Embedder.cosine(need, embedder.embed("hire a plumber for the kitchen"));
    assertThat(paraphrase - plumber).isGreaterThan(0.25);
  }

  static void read(List<String[]> pairs, List<String> others) throws IOException {
    try (InputStream in =
        SemanticQualityTest.class.getResourceAsStream("/semantic/quality-pairs.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\\|");
        if (parts[0].equals("pair")) {
          pairs.add(new String[] {parts[1], parts[2]});
        } else {
          others.add(parts[1]);
        }
      }
    }
  }
}
