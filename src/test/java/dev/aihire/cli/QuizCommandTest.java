package dev.aihire.cli;

import static dev.aihire.CliRun.cli;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aihire.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code aihire quiz} end to end: scripted answers, JSON, --pass, and the terminal flow. */
@Timeout(30)
class QuizCommandTest {
  static final ObjectMapper MAPPER = new ObjectMapper();
  static final String[] SEVEN = {"quiz", "--count", "3", "--seed", "7", "--format", "json"};

  static JsonNode json(CliRun.Result r) throws Exception {
    return MAPPER.readTree(r.out());
  }

  static String[] with(String[] args, String... more) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }

  /** The right letters of the seed-7 quiz, as a script would read them from its JSON. */
  static List<String> rightLetters() throws Exception {
    List<String> letters = new ArrayList<>();
    json(cli().run(SEVEN)).get("questions").forEach(q -> letters.add(q.get("answer").asText()));
    return letters;
  }

  @Test
  void pipedAnswersGiveOneScoredJsonDocument() throws Exception {
    CliRun.Result r = cli().stdin("a\nb\nc\n").run(SEVEN);
    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    JsonNode doc = json(r);
    JsonNode questions = doc.get("questions");
    assertThat(questions).hasSize(3);
    int right = 0;
    for (int i = 0; i < 3; i++) {
      JsonNode q = questions.get(i);
      assertThat(q.get("question").asText()).isNotBlank();
      assertThat(q.get("kind").asText()).isNotBlank();
      assertThat(q.get("topic").asText()).isIn("roles", "glossary", "red-flags");
      assertThat(q.get("choices").size()).isBetween(2, 4);
      assertThat(q.get("answer").asText()).matches("[a-d]");
      assertThat(q.get("given").asText()).isEqualTo(List.of("a", "b", "c").get(i));
      assertThat(q.get("correct").asBoolean())
          .isEqualTo(q.get("given").asText().equals(q.get("answer").asText()));
      assertThat(q.get("explanation").asText()).isNotBlank();
      right += q.get("correct").asBoolean() ? 1 : 0;
    }
    assertThat(doc.get("score").asInt()).isEqualTo(right);
    assertThat(doc.get("total").asInt()).isEqualTo(3);
    assertThat(doc.get("percent").asInt()).isEqualTo(right * 100 / 3);
    assertThat(doc.has("passed")).isFalse();
    assertThat(doc.get("seed").asLong()).isEqualTo(7);
  }

  @Test
  void feedingBackTheRightLettersPassesAHundredPercent() throws Exception {
    String answers = String.join("\n", rightLetters()) + "\n";
    CliRun.Result r = cli().stdin(answers).run(with(SEVEN, "--pass", "100"));
    assertThat(r.exitCode()).isEqualTo(ExitCode.OK);
    JsonNode doc = json(r);
    assertThat(doc.get("score").asInt()).isEqualTo(3);
    assertThat(doc.get("percent").asInt()).isEqualTo(100);
    assertThat(doc.get("passed").asBoolean()).isTrue();
  }

  @Test
  void wrongLettersEndBelowThePassMarkWithExitOne() throws Exception {
    StringBuilder answers = new StringBuilder();
    for (String letter : rightLetters()) {
      answers.append(letter.equals("a") ? "b" : "a").append('\n');
    }
    CliRun.Result r = cli().stdin(answers.toString()).run(with(SEVEN, "--pass", "50"));
    assertThat(r.exitCode()).isEqualTo(ExitCode.NO);
    JsonNode doc = json(r);
    assertThat(doc.get("score").asInt()).isZero();
    assertThat(doc.get("passed").asBoolean()).isFalse();
    assertThat(doc.get("pass_mark").asInt()).isEqualTo(50);
  }

  @Test
  void aShortAnswersFileLeavesTheRestUnanswered(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("answers.txt"), "a\n");
    CliRun.Result r = cli().run(with(SEVEN, "--answers", file.toString()));
    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).contains("the answers ended after 1 of 3 questions");
    JsonNode doc = json(r);
    assertThat(doc.get("answered").asInt()).isEqualTo(1);
    assertThat(doc.get("total").asInt()).isEqualTo(3);
    assertThat(doc.get("questions").get(0).get("given").asText()).isEqualTo("a");
    for (int i = 1; i < 3; i++) {
      JsonNode q = doc.get("questions").get(i);
      assertThat(q.has("given")).isTrue();
      assertThat(q.get("given").isNull()).isTrue();
      assertThat(q.get("correct").asBoolean()).isFalse();
    }
    // Unanswered questions count against the mark: one answer cannot pass 50%.
    assertThat(cli().run(with(SEVEN, "--answers", file.toString(), "--pass", "50")).exitCode())
        .isEqualTo(ExitCode.NO);
  }

  @Test
  void answersThatAreNotLettersCountAsWrongWithANote() throws Exception {
    CliRun.Result r = cli().stdin("z\n\nhello there\n").run(SEVEN);
    assertThat(r.exitCode()).isZero();
    JsonNode doc = json(r);
    assertThat(doc.get("score").asInt()).isZero();
    assertThat(doc.get("questions"))
        .extracting(q -> q.get("given").asText())
        .containsExactly("z", "", "hello there");
    assertThat(r.err())
        .contains(
            "question 1: 'z' is not one of a-d; counted as wrong",
            "question 2: '' is not one of",
            "question 3: 'hello there' is not one of");
  }

  @Test
  void controlCharactersAndHugeLinesNeverCrash() throws Exception {
    String huge = "x".repeat(100_000);
    CliRun.Result r = cli().stdin("\u001b]0;owned\u0007\n" + huge + "\nB\r\n").run(SEVEN);
    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).doesNotContain("\u001b").doesNotContain(huge);
    assertThat(json(r).get("questions").get(2).get("given").asText()).isEqualTo("b");
  }

  @Test
  void answersDashReadsStdinLikeAPipe() {
    String piped = cli().stdin("a\nb\nc\n").run(SEVEN).out();
    assertThat(cli().stdin("a\nb\nc\n").run(with(SEVEN, "--answers", "-")).out()).isEqualTo(piped);
  }

  @Test
  void scriptedTextShowsEachQuestionAnswerAndVerdictWithoutPrompts() {
    CliRun.Result r = cli().stdin("a\nb\nc\n").run("quiz", "--count", "3", "--seed", "7");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .contains(
            "Question 1 of 3",
            "Answer: a",
            "Question 3 of 3",
            "Answer: c",
            "Score: ",
            "The same quiz again: aihire quiz --seed 7 --count 3")
        .containsAnyOf("Right.", "Wrong:")
        .doesNotContain("Your answer")
        .doesNotContain("\u001b[");
    // The running tally stops before the last answer: the final score says it once.
    assertThat(r.out()).containsPattern("Score: [0-9]/2 \\(1 to go\\)").doesNotContain("/3\n");
    assertThat(r.out().lines().filter(l -> l.startsWith("Score: ")).count()).isEqualTo(3);
  }

  @Test
  void theSameSeedPrintsTheSameQuizAndAnotherSeedAnother() {
    String[] args = {"quiz", "--count", "5", "--seed", "11"};
    String first = cli().stdin("a\na\na\na\na\n").run(args).out();
    assertThat(cli().stdin("a\na\na\na\na\n").run(args).out()).isEqualTo(first);
    assertThat(cli().stdin("a\na\na\na\na\n").run("quiz", "--count", "5", "--seed", "12").out())
        .isNotEqualTo(first);
  }

  @Test
  void aTopicKeepsTheQuizToIt() throws Exception {
    CliRun.Result r =
        cli()
            .run("quiz", "--topic", "red-flags", "--count", "4", "--seed", "2", "--format", "json");
    assertThat(json(r).get("questions"))
        .hasSize(4)
        .allMatch(q -> q.get("topic").asText().equals("red-flags"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "--count 0             | --count must be from 1 to 1000",
        "--pass 101            | --pass must be a percentage from 0 to 100",
        "--topic nope          | expected one of roles, glossary, red-flags, all",
        "--answers /no/such/f  | --answers /no/such/f: no such file",
        "--seed x              | --seed"
      })
  void usageErrorsExitTwoWithAMessage(String args, String message) {
    CliRun.Result r = cli().run(with(new String[] {"quiz"}, args.split(" ")));
    assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).startsWith("aihire: ").contains(message);
    assertThat(r.out()).isEmpty();
  }

  @Test
  void onATerminalItPromptsAndEndOfInputEndsWithTheScoreSoFar() {
    CliRun.Result r =
        cli()
            .terminal()
            .env("NO_COLOR", "1")
            .stdin("a\n")
            .run("quiz", "--count", "3", "--seed", "7");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .contains(
            "Question 1 of 3",
            "Your answer (a-d): ",
            "Question 2 of 3",
            "Stopped after 1 of 3 questions",
            "Score: ");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void onATerminalStoppingEarlyIsJudgedByThePassMark() {
    CliRun.Result r =
        cli()
            .terminal()
            .env("NO_COLOR", "1")
            .stdin("")
            .run("quiz", "--count", "3", "--seed", "7", "--pass", "1");
    assertThat(r.exitCode()).isEqualTo(ExitCode.NO);
    assertThat(r.out()).contains("Stopped after 0 of 3", "below the pass mark of 1%");
  }
}
