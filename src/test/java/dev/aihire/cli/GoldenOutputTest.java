package dev.aihire.cli;

import static dev.aihire.CliRun.cli;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aihire.CliRun;
import dev.aihire.Golden;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rendered text people read, pinned exactly: layout changes show up as reviewable diffs. */
class GoldenOutputTest {

  @ParameterizedTest(name = "compare ai-engineer ml-engineer at {0} columns")
  @CsvSource({"80", "160"})
  void compareTable(String columns) {
    CliRun.Result r = cli().env("COLUMNS", columns).run("compare", "ai-engineer", "ml-engineer");

    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    Golden.assertMatches("compare-ai-engineer-ml-engineer-" + columns + ".txt", r.out());
  }

  @ParameterizedTest(name = "glossary {0}")
  @CsvSource({"hallucination", "rag"})
  void glossaryEntry(String term) {
    CliRun.Result r = cli().env("COLUMNS", "80").run("glossary", term);

    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    Golden.assertMatches("glossary-" + term + "-80.txt", r.out());
  }
}
