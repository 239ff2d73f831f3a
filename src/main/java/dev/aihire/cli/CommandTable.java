package dev.aihire.cli;

import java.util.List;
import java.util.function.Supplier;

/**
 * Every subcommand, in the order help lists them. Adding a command is one line here: its class
 * builds its own model ({@link AppCommand#spec()}) and names itself.
 */
final class CommandTable {
  static final List<Supplier<AppCommand>> COMMANDS =
      List.of(
          RecommendCommand::new,
          CompareCommand::new,
          GlossaryCommand::new,
          RolesCommand::new,
          QuizCommand::new,
          InterviewCommand::new,
          ValidateCommand::new,
          TeamCommand::new,
          TriageCommand::new,
          CompletionCommand::new,
          HelpCommand::new,
          CheckCommand::new,
          KitCommand::new);

  private CommandTable() {}
}
