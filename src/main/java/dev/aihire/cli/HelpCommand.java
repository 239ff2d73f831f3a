package dev.aihire.cli;

import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;

/** {@code aihire help [COMMAND]}: the same help as {@code aihire COMMAND --help}. */
final class HelpCommand implements AppCommand {
  /** The command names, for completion: read from the table only when a script is made. */
  private static final Iterable<String> NAMES =
      () -> CommandTable.COMMANDS.stream().map(CommandTable.Entry::name).iterator();

  @Override
  public CommandSpec spec() {
    CommandSpec spec = Specs.command(this, "help", "Show the help of aihire or of one command.");
    HelpLayout.examples(spec, "  aihire help", "  aihire help recommend");
    HelpLayout.exitCodes(spec, "0:help shown", "2:no such command (the commands are listed)");
    return spec.addPositional(
        Specs.positional(
            "COMMAND",
            "0..1",
            String.class,
            NAMES,
            "The command to explain (default: aihire itself)."));
  }

  @Override
  public int run(Context ctx, Args args) {
    String name = args.positional();
    CommandSpec root = args.spec().root();
    CommandLine target = name == null ? root.commandLine() : root.subcommands().get(name);
    if (target == null) {
      String close = OptionSuggestion.closest(name, root.subcommands().keySet());
      throw AppException.usage(
          "no command '"
              + name
              + "'"
              + (close != null
                  ? "; did you mean '" + close + "'?"
                  : "; commands: " + String.join(", ", root.subcommands().keySet())));
    }
    target.usage(ctx.io().out(), ctx.style().color() ? Help.Ansi.ON : Help.Ansi.OFF);
    return ExitCode.OK;
  }
}
