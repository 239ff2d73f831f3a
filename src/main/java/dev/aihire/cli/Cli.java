package dev.aihire.cli;

import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

/** Parses a command line against the command table and runs the command it names. */
public final class Cli {
  private Cli() {}

  /** Runs one command line against the given streams; never throws. */
  public static int run(Io io, String... args) {
    return run(io, true, args);
  }

  /** As {@link #run(Io, String...)}; {@code quick} false has picocli parse even a quick line. */
  static int run(Io io, boolean quick, String... args) {
    ErrorReporter early = new ErrorReporter(io.err(), Arrays.asList(args).contains("--debug"));
    int code;
    try {
      QuickLine line = quick ? QuickLine.read(args) : null;
      if (line != null) {
        code = runQuick(io, line);
      } else {
        code = runParsed(io, early, args);
      }
    } catch (RuntimeException | Error e) {
      // Errors (a StackOverflowError) get past picocli's handler: same one line, same --debug.
      code = early.report(e);
    }
    io.out().flush();
    io.err().flush();
    return code;
  }

  /** A plain one-line recommend (see {@link QuickLine}): the command run without picocli. */
  private static int runQuick(Io io, QuickLine quick) {
    BundledPrefetch prefetch =
        quick.globals().knowledge() == null
            ? BundledPrefetch.startForCommand(io, QuickLine.COMMAND)
            : null;
    return runCommand(io, quick.globals(), prefetch, new RecommendCommand(), quick.args());
  }

  private static int runParsed(Io io, ErrorReporter early, String... args) {
    int code;
    BundledPrefetch prefetch = BundledPrefetch.startFor(io, args);
    CommandLine cmd = commandLine(args);
    cmd.setOut(io.out());
    cmd.setErr(io.err());
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    cmd.setParameterExceptionHandler((ex, a) -> early.usage(ex));
    cmd.setExecutionStrategy(parsed -> execute(io, parsed, prefetch));
    code = cmd.execute(args);
    if (code != ExitCode.CANNOT_WRITE && io.out().checkError()) {
      code = early.report(new OutputFailed(io.outFailure().get())); // help, version
    }
    return code;
  }

  /** The root and every subcommand, models built by plain code. */
  static CommandLine commandLine() {
    return commandLine(new String[0]);
  }

  /** The root and the subcommands these arguments need ({@link CommandTable#neededBy}). */
  static CommandLine commandLine(String... args) {
    CommandSpec root = Specs.withHelpOptions(new RootCommand().spec());
    CommandLine cmd = new CommandLine(root);
    for (CommandTable.Entry command : CommandTable.neededBy(args)) {
      CommandSpec spec = Specs.withHelpOptions(command.command().get().spec());
      cmd.addSubcommand(spec.name(), new CommandLine(spec));
    }
    return cmd;
  }

  private static int execute(Io io, ParseResult parsed, BundledPrefetch prefetch) {
    // picocli's own choice (Ansi.AUTO) knows neither --color nor TERM=dumb.
    Globals globals = Globals.from(parsed);
    CommandLine root = parsed.commandSpec().commandLine();
    root.setColorScheme(Help.defaultColorScheme(helpAnsi(globals, io)));
    // As wide as the terminal, within what picocli lays out (55 at least) and a line is read at.
    int width = TerminalWidth.of(System.getProperty(TerminalWidth.PROPERTY), io.env("COLUMNS"));
    root.setUsageHelpWidth(Math.max(55, Math.min(100, width)));
    Integer help = CommandLine.executeHelpRequest(parsed);
    if (help != null) {
      return help;
    }
    ParseResult leaf = parsed;
    while (leaf.hasSubcommand()) {
      leaf = leaf.subcommand();
    }
    CommandSpec spec = leaf.commandSpec();
    return runCommand(io, globals, prefetch, (AppCommand) spec.userObject(), Args.parsed(spec));
  }

  /** Colour for help text, by the rule text output follows ({@link Context#colour}). */
  static Help.Ansi helpAnsi(Globals globals, Io io) {
    return Context.colour(globals.color(), io) ? Help.Ansi.ON : Help.Ansi.OFF;
  }

  private static int runCommand(
      Io io, Globals globals, BundledPrefetch prefetch, AppCommand command, Args args) {
    ErrorReporter errors = new ErrorReporter(io.err(), globals.debug());
    try {
      Context ctx = new Context(io, globals, prefetch);
      try {
        int code = command.run(ctx, args);
        ctx.checkOutput(); // which flushes: the answer is out before the wait below
        return code;
      } finally {
        ctx.settle();
      }
    } catch (Exception | StackOverflowError e) {
      return errors.report(e);
    }
  }
}
