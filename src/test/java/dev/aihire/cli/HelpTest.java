package dev.aihire.cli;

import static dev.aihire.CliRun.cli;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aihire.CliRun;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Help as people read it: examples first, exit codes per command, the environment. */
class HelpTest {
  private static final List<String> COMMANDS =
      CommandTable.COMMANDS.stream().map(CommandTable.Entry::name).toList();

  static List<String> commands() {
    return COMMANDS;
  }

  static List<String> rootAndCommands() {
    List<String> all = new ArrayList<>(List.of(""));
    all.addAll(COMMANDS);
    return all;
  }

  @ParameterizedTest(name = "aihire help {0}")
  @MethodSource("commands")
  void helpCommandShowsTheCommandsOwnHelp(String command) {
    CliRun.Result viaHelp = cli().run("help", command);

    assertThat(viaHelp.exitCode()).isZero();
    assertThat(viaHelp.out())
        .isEqualTo(cli().run(command, "--help").out())
        .startsWith("Usage: aihire " + command);
  }

  @Test
  void helpAloneIsTheTopLevelHelp() {
    assertThat(cli().run("help").out()).isEqualTo(cli().run("--help").out());
  }

  @Test
  void helpOfAnUnknownCommandListsTheCommands() {
    CliRun.Result r = cli().run("help", "frobnicate");

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("no command 'frobnicate'; commands: recommend, compare");
  }

  @ParameterizedTest(name = "{0} --help")
  @MethodSource("rootAndCommands")
  void examplesComeBeforeTheOptionsAndExitCodesAfter(String command) {
    String help =
        command.isEmpty() ? cli().run("--help").out() : cli().run(command, "--help").out();

    int examples = help.indexOf("\nExamples:\n  ");
    assertThat(examples).as(help).isPositive();
    assertThat(examples).isLessThan(help.indexOf("\nOptions:\n"));
    assertThat(help).doesNotContain("%n");
    assertThat(help.indexOf("\nExit codes:\n")).isGreaterThan(help.indexOf("\nOptions:\n"));
  }

  @Test
  void theTopLevelHelpListsTheEnvironmentAndTheRightExitCodes() {
    String help = cli().run("--help").out();

    assertThat(help)
        .contains(
            "\nEnvironment:\n",
            "AIHIRE_KNOWLEDGE",
            "AIHIRE_CACHE_DIR",
            "NO_COLOR",
            "COLUMNS",
            "  help ");
    String codeOne = help.lines().filter(l -> l.startsWith("  1 ")).findFirst().orElseThrow();
    assertThat(codeOne).doesNotContain("validate");
    assertThat(cli().run("validate", "--help").out()).containsPattern("\n  3 +problems found");
    // Every command's help lists the codes any command can end with.
    for (String command : List.of("check", "kit", "roles", "validate", "quiz")) {
      assertThat(cli().run(command, "--help").out())
          .as(command)
          .containsPattern("\n  70 +internal error")
          .containsPattern("\n  74 +the output could not be written");
    }
    assertThat(cli().run("check", "--help").out())
        .containsPattern("\n  3 +the knowledge file cannot be read or is invalid");
    assertThat(help.lines()).allSatisfy(l -> assertThat(l.length()).as(l).isLessThanOrEqualTo(80));
  }

  @Test
  void theInterviewHelpSaysWhatCtrlCDoes() {
    String help = cli().run("interview", "--help").out().replaceAll("\\s+", " ");

    assertThat(help)
        .contains("Ctrl-C asks whether to leave")
        .doesNotContain("cancels the question");
  }

  @Test
  void aMistypedOptionGetsTheClosestOne() {
    CliRun.Result r = cli().run("recommend", "--tpo", "3", "a chatbot");

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("unknown option '--tpo'; did you mean '--top'?");
  }

  @Test
  void everyCommandIsListed() {
    String help = cli().run("--help").out();
    for (String c : COMMANDS) {
      assertThat(help).contains("\n  " + c + " ");
    }
  }

  @Test
  void helpIsLaidOutForTheTerminalsWidthWithin55To100Columns() {
    for (String command : List.of("recommend", "check", "kit")) {
      assertThat(cli().env("COLUMNS", "60").run(command, "--help").out().lines())
          .as(command)
          .allSatisfy(l -> assertThat(l.length()).as(l).isLessThanOrEqualTo(60))
          .anySatisfy(l -> assertThat(l.length()).isGreaterThan(50));
      assertThat(cli().env("COLUMNS", "40").run("help", command).out().lines())
          .allSatisfy(l -> assertThat(l.length()).as(l).isLessThanOrEqualTo(55));
      assertThat(cli().env("COLUMNS", "200").run(command, "--help").out().lines())
          .allSatisfy(l -> assertThat(l.length()).as(l).isLessThanOrEqualTo(100))
          .anySatisfy(l -> assertThat(l.length()).isGreaterThan(80));
    }
  }
}
