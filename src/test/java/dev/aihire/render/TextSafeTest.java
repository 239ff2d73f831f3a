package dev.aihire.render;

import static dev.aihire.CliRun.cli;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aihire.CliRun.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What of a user's text may reach a terminal as it is, and what is shown as '?' or a space. */
class TextSafeTest {
  @ParameterizedTest
  @ValueSource(
      chars = {
        '\u001b', '\u0007', '\u009b', '\u202e', '\u2066', '\u200b', '\u200e', '\u200f', '\u061c',
        '\ufeff', '\u2060'
      })
  void controlAndInvisibleFormattingCharactersBecomeAQuestionMark(char c) {
    assertThat(Text.safe("AI" + c + "Engineer")).isEqualTo("AI?Engineer");
  }

  @Test
  void lineBreaksOfAnyKindBecomeSpaces() {
    assertThat(Text.safe("a\nb\r\nc\td\u2028e\u2029f")).isEqualTo("a b  c d e f");
  }

  @Test
  void joinersScriptsEmojiAndSoftHyphensAreKept() {
    String text = "\ud83d\udc69\u200d\ud83d\udcbb می\u200cخواهم data\u00adscience 数据 é";
    assertThat(Text.safe(text)).isSameAs(text);
  }

  @Test
  void anUnknownGlossaryTermIsEchoedWithItsHiddenCharactersShown() {
    Result r = cli().run("glossary", "rag\u200f\u200btime");
    assertThat(r.err()).contains("rag??time").doesNotContain("\u200f").doesNotContain("\u200b");
  }

  @Test
  void briefShortensOnlyRunsTooLongToRead() {
    String path = "/home/someone/" + "d/".repeat(90) + "k.yaml";
    assertThat(Text.brief("cannot read " + path)).isEqualTo("cannot read " + path);
    String zs = "z".repeat(100_000);
    assertThat(Text.brief("unknown role '" + zs + "'; 'aihire roles' lists them"))
        .isEqualTo(
            "unknown role '"
                + "z".repeat(49)
                + "…(100003 characters)…"
                + "z".repeat(8)
                + "'; 'aihire roles' lists them");
  }

  @Test
  void anErrorQuotingAHugeArgumentStaysOneShortLine() {
    Result r = cli().run("roles", "z".repeat(100_000));
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err().lines().toList()).hasSize(1);
    assertThat(r.err().length()).isLessThan(200);
    assertThat(r.err()).startsWith("aihire: unknown role 'zzz").contains("…(100003 characters)…");
  }

  @Test
  void theArticleFollowsHowTheNameIsSaid() {
    assertThat(Text.withArticle("ML Researcher")).isEqualTo("an ML Researcher");
    assertThat(Text.withArticle("MLOps Engineer")).isEqualTo("an MLOps Engineer");
    assertThat(Text.withArticle("AI Engineer")).isEqualTo("an AI Engineer");
    assertThat(Text.withArticle("Analytics Engineer")).isEqualTo("an Analytics Engineer");
    assertThat(Text.withArticle("Data Engineer")).isEqualTo("a Data Engineer");
    assertThat(Text.withArticle("Machine Learning Engineer"))
        .isEqualTo("a Machine Learning Engineer");
    assertThat(Text.withArticle("BI Analyst")).isEqualTo("a BI Analyst");
  }
}
