package dev.aihire.cli;

import dev.aihire.render.Text;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The one place a failure becomes what the user sees: one escaped line (or a few) on stderr and the
 * exit code for it. A stack trace only with --debug.
 */
final class ErrorReporter {
  private final PrintWriter err;
  private final boolean debug;

  ErrorReporter(PrintWriter err, boolean debug) {
    this.err = err;
    this.debug = debug;
  }

  /** The exit code for {@code e}, after saying what went wrong. */
  int report(Throwable e) {
    if (e instanceof AppException app) {
      for (String line : app.lines()) {
        // Messages quote what the user typed (a path, a role): never let it reach a terminal
        // raw. Knowledge problems already start with FILE:LINE:COL, which editors jump to.
        line = Text.brief(line);
        err.println(app.exitCode() == ExitCode.BAD_KNOWLEDGE ? line : "aihire: " + line);
      }
      return app.exitCode();
    }
    if (e instanceof OutputFailed failed) {
      if (failed.readerWentAway()) {
        return ExitCode.OK; // `| head -1`: the reader has what it wanted
      }
      err.println(
          "aihire: cannot write the output: "
              + Text.safe(failed.getMessage())
              + "; check the disk space or where stdout goes");
      return ExitCode.CANNOT_WRITE;
    }
    if (outOfMemory(e)) {
      // Not a bug to report but a limit to raise: a large knowledge file under a small heap.
      err.println(
          "aihire: out of memory (Java's heap is full, at most "
              + Runtime.getRuntime().maxMemory() / (1024 * 1024)
              + " MiB); give it more with AIHIRE_JAVA_OPTS=-Xmx2g");
      if (debug) {
        e.printStackTrace(err);
      }
      return ExitCode.INTERNAL;
    }
    err.println(
        "aihire: internal error: "
            + Text.safe(e.toString())
            + (debug ? "" : " (run with --debug for details)"));
    if (debug) {
      e.printStackTrace(err);
    }
    return ExitCode.INTERNAL;
  }

  /** Whether {@code e} is, or was caused by, the heap running out (on a worker thread too). */
  private static boolean outOfMemory(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof OutOfMemoryError) {
        return true;
      }
    }
    return false;
  }

  /** A command line picocli could not parse. */
  int usage(ParameterException ex) {
    err.println("aihire: " + Text.brief(usageMessage(ex)));
    err.println(
        "Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
    return ExitCode.USAGE;
  }

  /** picocli's messages, reworded where a user would not understand them. */
  private static String usageMessage(ParameterException ex) {
    CommandLine cmd = ex.getCommandLine();
    if (ex instanceof UnmatchedArgumentException u
        && !u.isUnknownOption()
        && cmd.getSubcommands().size() > 0
        && !u.getUnmatched().isEmpty()) {
      String typed = u.getUnmatched().get(0);
      List<String> close = u.getSuggestions();
      return "unknown command '"
          + typed
          + "'"
          + (close.isEmpty()
              ? "; commands: " + String.join(", ", cmd.getSubcommands().keySet())
              : "; did you mean '" + close.get(0) + "'?");
    }
    if (ex instanceof UnmatchedArgumentException u && u.isUnknownOption()) {
      List<String> close = u.getSuggestions();
      String typed = u.getUnmatched().get(0);
      String closest =
          close.isEmpty()
              ? OptionSuggestion.closest(typed, cmd.getCommandSpec().optionsMap().keySet())
              : close.get(0);
      return "unknown option '"
          + typed
          + "'"
          + (closest == null ? "" : "; did you mean '" + closest + "'?");
    }
    if (ex instanceof MissingParameterException m && !m.getMissing().isEmpty()) {
      return "missing " + m.getMissing().get(0).paramLabel();
    }
    if (ex instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
      // picocli's "Unmatched argument at index 2" counts words the user never numbered.
      return "unexpected argument '"
          + u.getUnmatched().get(0)
          + "'; "
          + cmd.getCommandName()
          + " takes "
          + (cmd.getCommandSpec().positionalParameters().isEmpty()
              ? "no arguments besides its options"
              : "one "
                  + cmd.getCommandSpec().positionalParameters().get(0).paramLabel()
                  + " (quote a value with spaces in it)");
    }
    return ex.getMessage();
  }
}
