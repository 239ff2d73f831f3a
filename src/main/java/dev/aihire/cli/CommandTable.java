package dev.aihire.cli;

import java.util.List;
import java.util.function.Supplier;

/**
 * Every subcommand, in the order help lists them. Adding a command is one line here: its name (the
 * one its model gives itself, checked by a test) and its class, which builds its own model ({@link
 * AppCommand#spec()}).
 */
final class CommandTable {
  /**
   * A subcommand's name and how to make it; the name lets a run build only the command it names.
   */
  record Entry(String name, Supplier<AppCommand> command) {}

  static final List<Entry> COMMANDS =
      List.of(
          new Entry("recommend", RecommendCommand::new),
          new Entry("compare", CompareCommand::new),
          new Entry("glossary", GlossaryCommand::new),
          new Entry("roles", RolesCommand::new),
          new Entry("quiz", QuizCommand::new),
          new Entry("interview", InterviewCommand::new),
          new Entry("validate", ValidateCommand::new),
          new Entry("team", TeamCommand::new),
          new Entry("triage", TriageCommand::new),
          new Entry("completion", CompletionCommand::new),
          new Entry("help", HelpCommand::new),
          new Entry("check", CheckCommand::new),
          new Entry("kit", KitCommand::new));

  /** The root's options that take a value (the next argument when not written as NAME=VALUE). */
  private static final List<String> VALUED_GLOBALS = List.of("--knowledge", "--format", "--color");

  /** Commands whose work needs every sibling's model: the help of all, completion scripts. */
  private static final List<String> NEED_ALL = List.of("help", "completion");

  private CommandTable() {}

  /**
   * The commands a run of these arguments needs: only the one it names when that is plain to see
   * (building all thirteen models and parsers is a fifth of a one-line answer's time), else all, so
   * that the root's help, usage errors and suggestions list every command.
   */
  static List<Entry> neededBy(String... args) {
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (VALUED_GLOBALS.contains(arg)) {
        i++;
      } else if (arg.equals("--debug")
          || arg.startsWith("--knowledge=")
          || arg.startsWith("--format=")
          || arg.startsWith("--color=")) {
        continue;
      } else if (arg.startsWith("-")) {
        return COMMANDS; // the root's help or version, "--", or an unknown option
      } else {
        for (Entry e : COMMANDS) {
          if (e.name().equals(arg) && !NEED_ALL.contains(arg)) {
            return List.of(e);
          }
        }
        return COMMANDS;
      }
    }
    return COMMANDS;
  }
}
