package dev.aihire;

import dev.aihire.cli.AppException;
import dev.aihire.cli.ExitCode;
import dev.aihire.cli.Io;
import dev.aihire.cli.RootCommand;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;

/** Entry point: wires the real streams, runs a command, exits with its code. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(
        new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), false);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(
        new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
    Io io = new Io(out, err, System.in, System.getenv(), isTerminal(0), isTerminal(1));
    int code = run(io, args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs one command line against the given streams; never throws. */
  public static int run(Io io, String... args) {
    RootCommand root = new RootCommand(io);
    CommandLine cmd = RootCommand.commandLine(root, args);
    cmd.setOut(io.out());
    cmd.setErr(io.err());
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    cmd.setParameterExceptionHandler((ex, a) -> {
      io.err().println("aihire: " + dev.aihire.render.Text.safe(usageMessage(ex)));
      io.err().println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName()
          + " --help' for usage.");
      return ExitCode.USAGE;
    });
    cmd.setExecutionExceptionHandler((ex, c, parseResult) -> {
      if (ex instanceof AppException app) {
        for (String line : app.lines()) {
          // Messages quote what the user typed (a path, a role): never let it reach a terminal
          // raw. Knowledge problems already start with FILE:LINE:COL, which editors jump to.
          line = dev.aihire.render.Text.safe(line);
          io.err().println(app.exitCode() == ExitCode.BAD_KNOWLEDGE ? line : "aihire: " + line);
        }
        return app.exitCode();
      }
      io.err().println("aihire: internal error: " + dev.aihire.render.Text.safe(ex.toString())
          + (root.debug() ? "" : " (run with --debug for details)"));
      if (root.debug()) {
        ex.printStackTrace(io.err());
      }
      return ExitCode.INTERNAL;
    });
    int code;
    try {
      code = cmd.execute(args);
    } catch (RuntimeException | Error e) {
      // Errors (a StackOverflowError) get past picocli's handler: same one line, same --debug.
      io.err().println("aihire: internal error: " + dev.aihire.render.Text.safe(e.toString())
          + (root.debug() ? "" : " (run with --debug for details)"));
      if (root.debug()) {
        e.printStackTrace(io.err());
      }
      code = ExitCode.INTERNAL;
    }
    io.out().flush();
    io.err().flush();
    return code;
  }

  /** picocli's messages, reworded where a user would not understand them. */
  private static String usageMessage(CommandLine.ParameterException ex) {
    if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.isUnknownOption()
        && ex.getCommandLine().getSubcommands().size() > 0 && !u.getUnmatched().isEmpty()) {
      String typed = u.getUnmatched().get(0);
      List<String> close = u.getSuggestions();
      return "unknown command '" + typed + "'"
          + (close.isEmpty() ? "; commands: "
              + String.join(", ", ex.getCommandLine().getSubcommands().keySet())
              : "; did you mean '" + close.get(0) + "'?");
    }
    if (ex instanceof CommandLine.UnmatchedArgumentException u && u.isUnknownOption()) {
      List<String> close = u.getSuggestions();
      return "unknown option '" + u.getUnmatched().get(0) + "'"
          + (close.isEmpty() ? "" : "; did you mean '" + close.get(0) + "'?");
    }
    return ex.getMessage();
  }

  /** On Linux, whether fd 0 or 1 is a terminal; JDK 17's System.console() cannot tell them apart. */
  private static boolean isTerminal(int fd) {
    try {
      Path target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd));
      String t = target.toString();
      return t.startsWith("/dev/pts/") || t.startsWith("/dev/tty");
    } catch (Exception e) {
      return System.console() != null;
    }
  }
}
