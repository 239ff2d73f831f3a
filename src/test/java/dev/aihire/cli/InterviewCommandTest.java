package dev.aihire.cli;

import static dev.aihire.CliRun.cli;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aihire.CliRun;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code aihire interview} end to end: scripted answers, JSON, errors, and the terminal path. */
class InterviewCommandTest {
  /** A manager who needs a data engineer: untangle the data, spread out, for the analysts. */
  static final String DATA_ENGINEER = "4\n1\n3\n";

  @TempDir Path dir;

  @Test
  void answersFromAFileGiveTheRecommendationTheTrailAndTheNextSteps() throws Exception {
    Path answers = dir.resolve("answers.txt");
    Files.writeString(answers, "# a data engineer\n" + DATA_ENGINEER, StandardCharsets.UTF_8);
    CliRun.Result r = cli().run("interview", "--answers", answers.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .startsWith("Hire: Data Engineer (data-engineer)")
        .contains("\nWhy\n  - You answered \"")
        .contains("\nYour answers\n  1. Picture the day this person starts.")
        .contains("     → Untangling where our data comes from")
        .contains("aihire roles data-engineer   # questions to ask candidates")
        .contains("Ended after ");
  }

  @Test
  void pipedAnswersNeverPromptOnStdout() {
    CliRun.Result r = cli().stdin(DATA_ENGINEER).run("interview");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .doesNotContain("answer>")
        .doesNotContain("Question 1 (")
        .startsWith("Hire: Data Engineer");
  }

  @Test
  void jsonIsRecommendsShapePlusTheTrail() throws Exception {
    CliRun.Result r =
        cli().stdin("skip\n1\n3\n1\n").run("interview", "--answers", "-", "--format", "json");
    assertThat(r.exitCode()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("query").asText()).isEmpty();
    JsonNode first = json.get("recommendations").get(0);
    assertThat(fields(first)).startsWith("role", "name", "score", "why");
    assertThat(first.get("role").asText()).isEqualTo("data-engineer");
    assertThat(first.get("score").asDouble()).isBetween(0.8, 1.0);
    assertThat(first.get("why")).isNotEmpty();
    JsonNode trail = json.get("trail");
    assertThat(fields(trail.get(0))).containsExactly("question_id", "question", "answer", "effect");
    assertThat(trail.get(0).get("answer").asText()).isEqualTo("skip");
    assertThat(trail.get(1).get("question_id").asText()).isNotBlank();
    assertThat(json.get("ended").asText()).isEqualTo("confident");
    assertThat(json.get("next").get(0).asText()).isEqualTo("aihire roles data-engineer");
  }

  @Test
  void aStartingDescriptionIsTheQuery() throws Exception {
    CliRun.Result r =
        cli()
            .stdin("1\n1\n1\n1\n1\n1\n")
            .run(
                "interview",
                "--format",
                "json",
                "--start",
                "we need a support chatbot on our docs");
    assertThat(r.exitCode()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("query").asText()).isEqualTo("we need a support chatbot on our docs");
    assertThat(json.get("recommendations").get(0).get("role").asText()).isEqualTo("ai-engineer");
  }

  @Test
  void whyInAScriptGoesToStderr() {
    CliRun.Result r = cli().stdin("why\n" + DATA_ENGINEER).run("interview");
    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).startsWith("Why this question: ").contains("Right now it separates");
    assertThat(r.out()).doesNotContain("Why this question");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "''            | interview                       | no answers in stdin",
        "'1\n9\n'      | interview                       | stdin:2: '9' is not an answer to question 2",
        "'1\n'         | interview --max-questions 0     | --max-questions must be from 1 to 100",
        "'1\n'         | interview --answers nope.txt    | --answers nope.txt: no such file",
        "'1\n'         | interview --max-questions x     | Invalid value for option '--max-questions'"
      })
  void usageErrorsExitTwoWithOneLine(String stdin, String args, String message) {
    CliRun.Result r = cli().stdin(stdin).run(args.split(" "));
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains(message).doesNotContain("Exception");
  }

  @Test
  void colourCodesSurviveWrapping() {
    CliRun.Result r = cli().stdin(DATA_ENGINEER).run("interview", "--color", "always");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("\u001b[1m").doesNotContain("?[");
  }

  @Test
  void theQuestionLimitEndsTheInterview() {
    CliRun.Result r = cli().stdin("1\n1\n1\n").run("interview", "--max-questions", "1");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("Ended after 1 question, the limit (--max-questions).");
  }

  @Test
  void leavingBeforeTheFirstQuestionStillShowsTheBestGuessFromTheNeed() {
    CliRun.Result r =
        cli()
            .terminal()
            .env("NO_COLOR", "1")
            .stdin("we need dashboards and SQL reports for the sales team\n")
            .run("interview");
    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).doesNotContain("nothing was answered");
    assertThat(r.out()).startsWith("Hire: Data Analyst");
    CliRun.Result blank = cli().terminal().env("NO_COLOR", "1").stdin("\n").run("interview");
    assertThat(blank.err()).contains("Left the interview; nothing was answered.");
    assertThat(blank.out()).isEmpty();
  }

  @Test
  void onATerminalItAsksForADescriptionThenTheQuestionsAndPromptsOffStdout() {
    CliRun.Result r =
        cli().terminal().env("NO_COLOR", "1").stdin("\n" + DATA_ENGINEER).run("interview");
    assertThat(r.exitCode()).isZero();
    assertThat(r.err())
        .contains("Describe the need in your own words")
        .contains("Question 1 (at most 6)")
        .contains("answer> ");
    assertThat(r.out()).startsWith("Hire: Data Engineer").doesNotContain("answer>");
  }

  @Test
  void ctrlDOnATerminalBeforeAnyAnswerLeavesQuietlyWithExitZero() {
    CliRun.Result r = cli().terminal().stdin("").run("interview");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("Left the interview").doesNotContain("Exception");
  }

  @Test
  void ctrlDOnATerminalAfterSomeAnswersShowsTheBestGuessSoFar() {
    CliRun.Result r = cli().terminal().stdin("\n4\n").run("interview");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).startsWith("Hire: ").contains("before one role was clearly ahead");
  }

  private static List<String> fields(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void plainAihireOnATerminalIsTheInterview() {
    CliRun.Result r = cli().terminal().env("NO_COLOR", "1").stdin("\n" + DATA_ENGINEER).run();
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).startsWith("Hire: ").contains("\nYour answers\n");
    assertThat(r.err()).contains("Question 1 (at most ", "answer> ");
  }
}
