package dev.aihire.cli;

import static dev.aihire.CliRun.cli;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aihire.CliRun.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Role names typed without quotes, missing and extra arguments, and the colour of help: what a user
 * gets when a command line is not quite what the command expected.
 */
class ArgumentWordsTest {
  @Test
  void kitWithoutARoleIsAUsageErrorThatNamesWhatIsMissing() {
    Result r = cli().run("kit");
    assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err())
        .isEqualTo("aihire: missing ROLE\nTry 'aihire kit --help' for usage.\n")
        .doesNotContain("Exception");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void aRoleNameOfSeveralWordsNeedsNoQuotes() {
    Result quoted = cli().run("roles", "research scientist");
    Result unquoted = cli().run("roles", "research", "scientist");
    assertThat(unquoted.exitCode()).isZero();
    assertThat(unquoted.out()).startsWith("ML Researcher (ml-researcher)").isEqualTo(quoted.out());
    Result kit = cli().run("kit", "BI", "analyst", "--format", "json");
    assertThat(kit.exitCode()).isZero();
    assertThat(kit.out()).contains("\"role\" : \"data-analyst\"");
  }

  @Test
  void anUnknownRoleOfSeveralWordsIsNamedWhole() {
    Result r = cli().run("roles", "chief", "vibes", "officer");
    assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).startsWith("aihire: unknown role 'chief vibes officer'");
  }

  @Test
  void anExtraArgumentSaysWhatTheCommandTakes() {
    Result r = cli().run("check", "a.md", "b.md");
    assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err())
        .startsWith(
            "aihire: unexpected argument 'b.md'; check takes one FILE|- (quote a value with"
                + " spaces in it)\n")
        .doesNotContain("index");
  }

  @Test
  void helpOnATerminalIsColouredUnlessToldOtherwise() {
    assertThat(cli().terminal().run("recommend", "--help").out()).contains("\u001b[");
    assertThat(cli().terminal().run("--color", "never", "recommend", "--help").out())
        .doesNotContain("\u001b[")
        .contains("Usage: aihire recommend");
    assertThat(cli().terminal().env("TERM", "dumb").run("--help").out()).doesNotContain("\u001b[");
    assertThat(cli().terminal().env("NO_COLOR", "1").run("help", "kit").out())
        .doesNotContain("\u001b[")
        .contains("Usage: aihire kit");
    assertThat(cli().terminal().run("--color", "never", "help", "kit").out())
        .doesNotContain("\u001b[");
    assertThat(cli().run("--color", "always", "help", "kit").out()).contains("\u001b[");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      --knowledge,,roles      | --knowledge is empty; give the path of a .yaml file
      check,                  | check is given an empty file name; give a posting file
      recommend,--batch,      | --batch is given an empty file name; give a JSONL file
      validate,               | validate is given an empty file name; give a knowledge file
      interview,--start,      | --start is empty; give the need in a sentence, or leave it out
      """)
  void anEmptyArgumentSaysItIsEmptyNotThatItIsADirectory(String line, String message) {
    Result r = cli().stdin("").run(line.split(",", -1));
    assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).startsWith("aihire: " + message + "\n").doesNotContain("directory");
  }

  @Test
  void stdinCannotHoldBothTheKnowledgeAndTheNeed() throws Exception {
    String yaml = java.nio.file.Files.readString(java.nio.file.Path.of("roles.yaml"));
    Result r = cli().stdin(yaml).run("--knowledge", "-", "recommend", "-");
    assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err())
        .startsWith(
            "aihire: stdin holds the knowledge file (--knowledge -), so it cannot hold this input"
                + " too; give the need as text:");
    Result batch = cli().stdin(yaml).run("--knowledge", "-", "recommend", "--batch", "-");
    assertThat(batch.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(batch.err()).contains("stdin holds the knowledge file");
    Result fine = cli().stdin(yaml).run("--knowledge", "-", "recommend", "a chatbot on our docs");
    assertThat(fine.exitCode()).isZero();
  }

  @Test
  void aDashFollowedByWordsIsRefusedNotReadAsTheNeed() {
    Result r = cli().stdin("we need a chatbot").run("recommend", "-", "extra", "words");
    assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err())
        .startsWith(
            "aihire: '-' reads the need from stdin on its own; give either '-' or the words\n");
  }

  @Test
  void aMistypedCommandAfterHelpGetsTheClosest() {
    Result r = cli().run("help", "recomend");
    assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).startsWith("aihire: no command 'recomend'; did you mean 'recommend'?\n");
  }
}
