package dev.aihire.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hand-written tokeniser gives the real tokenizer's ids (fixture made by tools/distill). */
class WordPieceTest {
  private final Embedder embedder = Embedder.bundled();

  @Test
  void matchesTheModelsOwnTokenizerOnEveryReferenceSentence() throws IOException {
    List<String> mismatches = new ArrayList<>();
    int cases = 0;
    for (String line : fixture()) {
      int tab = line.lastIndexOf('\t');
      String text = unescape(line.substring(0, tab));
      String ids = line.substring(tab + 1);
      int[] expected =
          ids.isEmpty()
              ? new int[0]
              : Arrays.stream(ids.split(" ")).mapToInt(Integer::parseInt).toArray();
      int[] actual = embedder.tokenIds(text);
      if (!Arrays.equals(expected, actual)) {
        mismatches.add(
            line.substring(0, tab)
                + "\n  expected "
                + Arrays.toString(expected)
                + "\n  actual   "
                + Arrays.toString(actual));
      }
      cases++;
    }
    assertThat(cases).isGreaterThanOrEqualTo(50);
    assertThat(mismatches).isEmpty();
  }

  @Test
  void splitsIntoContinuationPieces() {
    // "embeddings" is not one piece of BERT's vocabulary: em ##bed ##ding ##s
    assertThat(embedder.tokenIds("Embeddings")).containsExactly(7861, 8270, 4667, 2015);
  }

  @Test
  void capsTheWordPiecesReadFromOneText() {
    String huge = "data ".repeat(1_000_000);
    assertThat(embedder.tokenIds(huge)).hasSize(Embedder.MAX_PIECES).containsOnly(2951);
  }

  @Test
  void givesNoPiecesForEmptyOrBlankText() {
    assertThat(embedder.tokenIds("")).isEmpty();
    assertThat(embedder.tokenIds(" \t\n\u0000\u200b")).isEmpty();
  }

  private static List<String> fixture() throws IOException {
    try (InputStream in =
        WordPieceTest.class.getResourceAsStream("/semantic/wordpiece-reference.txt")) {
      List<String> lines = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isEmpty() && !line.startsWith("#")) {
          lines.add(line);
        }
      }
      return lines;
    }
  }

  /** The fixture's escapes: \t \n \r \\ and \\uXXXX (as tools/distill's Fixture writes). */
  private static String unescape(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 == s.length()) {
        out.append(c);
        continue;
      }
      char next = s.charAt(++i);
      switch (next) {
        case 't' -> out.append('\t');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 'u' -> {
          out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> out.append(next);
      }
    }
    return out.toString();
  }
}
