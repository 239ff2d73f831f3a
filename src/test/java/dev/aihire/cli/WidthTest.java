package dev.aihire.cli;

import static dev.aihire.CliRun.cli;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aihire.CliRun;
import dev.aihire.compiled.KnowledgeStore;
import dev.aihire.model.Knowledge;
import dev.aihire.model.Role;
import dev.aihire.render.Text;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Text output fits the terminal: no line wider than COLUMNS, and no word lost to the fit. */
class WidthTest {
  private static final int[] WIDTHS = {20, 33, 47, 60, 80, 100, 123, 160, 240};

  static Stream<Arguments> commands() {
    List<Arguments> out = new ArrayList<>();
    List<String[]> commands =
        List.of(
            new String[] {"compare", "ai-engineer", "ml-engineer"},
            new String[] {"compare", "data-scientist", "data-analyst", "analytics-engineer"},
            new String[] {
              "compare",
              "ai-engineer",
              "ml-engineer",
              "data-scientist",
              "data-engineer",
              "analytics-engineer",
              "data-analyst",
              "ml-researcher",
              "mlops-engineer",
              "ml-platform-engineer",
              "prompt-engineer"
            },
            new String[] {"glossary"},
            new String[] {"glossary", "rag"},
            new String[] {"glossary", "--search", "model"});
    for (String[] c : commands) {
      for (int w : WIDTHS) {
        out.add(Arguments.of(w, c));
      }
    }
    return out.stream();
  }

  /** The reports whose first lines pair a name with more: from 40 columns, each fits. */
  static Stream<Arguments> reports() {
    List<Arguments> out = new ArrayList<>();
    List<String[]> commands =
        List.of(
            new String[] {"recommend", "we need dashboards and SQL reports for the sales team"},
            new String[] {"check", "src/test/resources/postings/smells.md"},
            new String[] {"check", "src/test/resources/postings/unicorn.md"},
            new String[] {"triage", "our model predictions drifted after the pipeline changed"});
    for (String[] c : commands) {
      for (int w : new int[] {40, 47, 60, 80}) {
        out.add(Arguments.of(w, c));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{1} at {0} columns")
  @MethodSource("reports")
  void noLineOfAReportIsWiderThanTheTerminal(int width, String[] args) {
    CliRun.Result r = cli().env("COLUMNS", String.valueOf(width)).run(args);

    // A command to run next is kept whole, on a line of its own, so that it can be copied.
    assertThat(r.out().lines().filter(line -> !line.startsWith("  aihire ")))
        .isNotEmpty()
        .allSatisfy(line -> assertThat(Text.width(line)).as(line).isLessThanOrEqualTo(width));
  }

  @ParameterizedTest(name = "{1} at {0} columns")
  @MethodSource("commands")
  void noLineIsWiderThanTheTerminal(int width, String[] args) {
    CliRun.Result r = cli().env("COLUMNS", String.valueOf(width)).run(args);

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out().lines())
        .isNotEmpty()
        .allSatisfy(line -> assertThat(Text.width(line)).as(line).isLessThanOrEqualTo(width));
  }

  @Test
  void everyWordOfTheCellsIsStillThereAfterWrapping() throws Exception {
    Knowledge k = KnowledgeStore.bundled().knowledge();
    for (int width : new int[] {60, 80, 160}) {
      String out =
          cli()
              .env("COLUMNS", String.valueOf(width))
              .run("compare", "ai-engineer", "ml-engineer", "data-scientist")
              .out();
      List<String> words = Arrays.asList(out.split("[\\s│]+"));
      for (String id : List.of("ai-engineer", "ml-engineer", "data-scientist")) {
        Role r = k.roleById(id);
        for (String text :
            List.of(
                r.summary(),
                r.redFlags().get(0),
                r.goodSigns().get(0),
                r.hireFor().get(0),
                r.skills().get(0))) {
          assertThat(words).as("at %d columns", width).containsAll(Arrays.asList(text.split(" ")));
        }
      }
    }
  }
}
