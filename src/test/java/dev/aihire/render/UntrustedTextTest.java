package dev.aihire.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aihire.engine.compare.Comparison;
import dev.aihire.engine.glossary.SearchResult;
import dev.aihire.engine.glossary.TermEntry;
import dev.aihire.model.ModelRelation;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Knowledge text may come from a user's file: whatever it holds, it must not reach the terminal as
 * escapes (cursor moves, window titles, colours) or bidi overrides.
 */
class UntrustedTextTest {
  private static final String EVIL = "x\u001b]0;pwned\u0007\u001b[2J\u202e\u009b31m";

  @Test
  void compareRendersNoControlCharacters() {
    Comparison.Column col =
        new Comparison.Column(
            "a" + EVIL,
            "Name" + EVIL,
            "Summary" + EVIL,
            ModelRelation.NO_MODELS,
            "models" + EVIL,
            List.of("problem" + EVIL),
            List.of("skill" + EVIL),
            List.of("tool" + EVIL),
            List.of("good" + EVIL),
            List.of("red" + EVIL),
            List.of("when" + EVIL),
            List.of(new Comparison.WrongHire("wrong" + EVIL, "b", "B" + EVIL)));
    Comparison.Column other =
        new Comparison.Column(
            "b",
            "B",
            "s",
            ModelRelation.BUILDS_MODELS,
            "m",
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of());
    Comparison c =
        new Comparison(
            List.of(col, other),
            List.of(new Comparison.Difference(List.of("a", "b"), "diff" + EVIL, "confused_with")),
            List.of(new Comparison.Choice("situation" + EVIL, "b", "B" + EVIL, "a" + EVIL)));

    for (int width : new int[] {40, 80, 160}) {
      StringWriter out = new StringWriter();
      new CompareRenderer(Style.plain(), width).render(c, new PrintWriter(out));
      assertClean(out.toString());
    }
  }

  @Test
  void glossaryRendersNoControlCharacters() {
    TermEntry t =
        new TermEntry(
            "id" + EVIL,
            "Term" + EVIL,
            List.of("alias" + EVIL),
            "Definition" + EVIL,
            "Example" + EVIL,
            List.of(new TermEntry.Ref("r" + EVIL, "R" + EVIL)),
            List.of(new TermEntry.Ref("role" + EVIL, "Role" + EVIL)));
    StringWriter out = new StringWriter();
    GlossaryRenderer r = new GlossaryRenderer(Style.plain(), 80);
    r.entry(t, new PrintWriter(out));
    r.list(List.of(t), new PrintWriter(out));
    r.search(
        new SearchResult(
            "q",
            List.of(
                new SearchResult.Hit(
                    "id" + EVIL, "Term" + EVIL, "Definition" + EVIL, List.of("term")))),
        new PrintWriter(out));

    assertClean(out.toString());
  }

  private static void assertClean(String text) {
    assertThat(text)
        .contains("pwned") // shown, harmlessly
        .doesNotContain("\u001b", "\u0007", "\u202e", "\u009b");
  }
}
