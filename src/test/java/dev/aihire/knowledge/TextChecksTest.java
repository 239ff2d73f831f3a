package dev.aihire.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invisible characters and look-alike names fail validation, with their line. */
class TextChecksTest {
  private static final Path MINIMAL = Path.of("src/test/resources/knowledge/valid/minimal.yaml");

  private static List<Problem> problems(String yaml) {
    try {
      KnowledgeLoader.parse("k.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    } catch (KnowledgeException e) {
      return e.problems();
    }
    throw new AssertionError("expected problems");
  }

  @Test
  void invisibleAndTagCharactersAreRefusedWhereTheyStand() throws Exception {
    String text = Files.readString(MINIMAL);
    for (String hidden :
        List.of("\u00AD", "\u200F", "\u061C", "\u200B", "\uFEFF", "\uDB40\uDC41")) {
      List<Problem> p =
          problems(
              text.replace("summary: Builds product", "summary: Builds" + hidden + " product"));
      assertThat(p).as("U+%04X", hidden.codePointAt(0)).hasSize(1);
      assertThat(p.get(0).line()).isEqualTo(6);
      assertThat(p.get(0).message())
          .contains("invisible character U+")
          .contains(String.format("%04X", hidden.codePointAt(0)));
    }
  }

  @Test
  void aNameInLookAlikeLettersOfAnotherScriptIsRefused() throws Exception {
    String text = Files.readString(MINIMAL);
    // A Greek capital Alpha, a Cyrillic "о": each looks like the Latin name of another role.
    for (String forged : List.of("\u0391I Engineer", "AI Engine\u0435r")) {
      List<Problem> p = problems(text.replace("aliases: [MLE]", "aliases: [MLE, " + forged + "]"));
      assertThat(p).as(forged).hasSize(1);
      assertThat(p.get(0).message()).contains("looks like 'AI Engineer' of 'ai-engineer'");
    }
    assertThat(TextChecks.skeleton("\u0391\u0399 Engineer"))
        .isEqualTo(TextChecks.skeleton("AI Engineer"));
  }

  @Test
  void theShippedKnowledgePasses() throws Exception {
    assertThat(KnowledgeLoader.load(Path.of("roles.yaml")).roles()).isNotEmpty();
  }

  @Test
  void aDeviceIsReadOnlyUpToTheLimit() {
    Path zero = Path.of("/dev/zero");
    if (Files.exists(zero)) {
      assertThatThrownBy(() -> KnowledgeLoader.load(zero))
          .isInstanceOfSatisfying(
              KnowledgeException.class,
              e ->
                  assertThat(e.problems().get(0).message()).contains("does not end within 64 MiB"));
    }
  }

  @Test
  void aNamesKeyKeepsTheLettersAndNumbersTheRegularExpressionKept() {
    // The key's last step was replaceAll("[^\\p{L}\\p{N}]+", ""): the loop must keep the same
    // code points.
    java.util.regex.Pattern outside = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");
    int kept = 0;
    List<String> differ = new java.util.ArrayList<>();
    // The first two planes (every script; 2 and 3 are CJK ideographs, letters all), and the tags
    // and variation selectors of plane 14.
    for (int cp = 0; cp <= 0xE01EF; cp = cp == 0x1FFFF ? 0xE0000 : cp + 1) {
      String text = "a" + new String(Character.toChars(cp)) + "-1";
      String expected = outside.matcher(text).replaceAll("");
      if (!TextChecks.lettersAndNumbers(text).equals(expected)) {
        differ.add(String.format("U+%04X", cp));
      }
      kept += expected.length() > 2 ? 1 : 0;
    }
    assertThat(differ).isEmpty();
    assertThat(kept).as("code points kept").isGreaterThan(50_000);
  }
}
