package dev.aihire.cli;

import static dev.aihire.CliRun.cli;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aihire.CliRun;
import dev.aihire.Golden;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rendered text people read, pinned exactly at 80 columns without colour: layout changes show
 * up as reviewable diffs. Regenerate after an intended change with {@code mvn -q -o
 * -Dtest=GoldenOutputTest -Dgolden.update=true test} and review the diff. Recommend's files follow
 * the knowledge and the recommender: when either changes on purpose, regenerate them; an unexpected
 * diff is what they are here to catch.
 */
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

  @ParameterizedTest(name = "recommend {0}")
  @CsvSource({
    "strong, we need a support chatbot on our docs by Friday",
    "abstain, Hire an electrician for the new office",
    "title-mismatch, We are hiring a Data Scientist to build weekly dashboards and KPI"
        + " reports in Tableau for the sales team"
  })
  void recommend(String name, String need) {
    CliRun.Result r = cli().env("COLUMNS", "80").run("recommend", need);

    assertThat(r.exitCode()).isZero();
    Golden.assertMatches("recommend-" + name + "-80.txt", r.out() + stderr(r));
  }

  @ParameterizedTest(name = "roles {0}")
  @ValueSource(strings = {"ai-engineer"})
  void roleInFull(String role) {
    CliRun.Result r = cli().env("COLUMNS", "80").run("roles", role);

    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    Golden.assertMatches("roles-" + role + "-80.txt", r.out());
  }

  @ParameterizedTest(name = "quiz --seed 7 with scripted answers")
  @ValueSource(strings = {"a\nb\nzebra\n"})
  void scriptedQuiz(String answers) {
    CliRun.Result r =
        cli().env("COLUMNS", "80").stdin(answers).run("quiz", "--count", "4", "--seed", "7");

    assertThat(r.exitCode()).isZero();
    Golden.assertMatches("quiz-seed-7-80.txt", r.out() + stderr(r));
  }

  @ParameterizedTest(name = "interview --answers")
  @ValueSource(strings = {"4\nwhy\n1\n"})
  void scriptedInterview(String answers) {
    CliRun.Result r = cli().env("COLUMNS", "80").stdin(answers).run("interview", "--answers", "-");

    assertThat(r.exitCode()).isZero();
    Golden.assertMatches("interview-answers-80.txt", r.out() + stderr(r));
  }

  @ParameterizedTest(name = "{0} --help")
  @ValueSource(
      strings = {
        "",
        "recommend",
        "compare",
        "glossary",
        "roles",
        "quiz",
        "interview",
        "validate",
        "completion"
      })
  void helpText(String command) {
    CliRun.Result r = command.isEmpty() ? cli().run("--help") : cli().run(command, "--help");

    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    Golden.assertMatches("help-" + (command.isEmpty() ? "aihire" : command) + ".txt", r.out());
  }

  /** What went to stderr, kept in the same file under a marker so that both are pinned. */
  private static String stderr(CliRun.Result r) {
    return r.err().isEmpty() ? "" : "--- stderr ---\n" + r.err();
  }
}
