package dev.aihire.cli;

import static dev.aihire.CliRun.cli;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The table names each command as its model does, and a run builds only what it needs. */
class CommandTableTest {
  @Test
  void eachEntryIsNamedAsItsModelNamesItself() {
    for (CommandTable.Entry e : CommandTable.COMMANDS) {
      assertThat(e.command().get().spec().name()).as("table name").isEqualTo(e.name());
    }
  }

  @Test
  void aNamedCommandAfterGlobalOptionsIsBuiltAlone() {
    assertThat(CommandTable.neededBy("--format", "json", "--knowledge=k.yaml", "recommend", "x"))
        .extracting(CommandTable.Entry::name)
        .containsExactly("recommend");
    assertThat(CommandTable.neededBy("--debug", "--color", "never", "roles"))
        .extracting(CommandTable.Entry::name)
        .containsExactly("roles");
  }

  @Test
  void rootHelpHelpCompletionAndUnknownWordsGetEveryCommand() {
    int all = CommandTable.COMMANDS.size();
    assertThat(CommandTable.neededBy()).hasSize(all);
    assertThat(CommandTable.neededBy("--help", "recommend")).hasSize(all);
    assertThat(CommandTable.neededBy("help", "recommend")).hasSize(all);
    assertThat(CommandTable.neededBy("completion", "bash")).hasSize(all);
    assertThat(CommandTable.neededBy("recomend", "x")).hasSize(all);
    // "--format" takes "recommend" as its value here: no command is named.
    assertThat(CommandTable.neededBy("--format", "recommend")).hasSize(all);
  }

  @Test
  void aMistypedCommandIsStillAnsweredWithEveryCommandToChooseFrom() {
    var r = cli().run("recomend", "a chatbot");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("recommend");
  }
}
