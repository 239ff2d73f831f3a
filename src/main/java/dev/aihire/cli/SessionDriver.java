package dev.aihire.cli;

import dev.aihire.shell.BoundedLines;
import dev.aihire.shell.Prompter;
import dev.aihire.shell.Prompter.Reply;
import dev.aihire.shell.ScriptedPrompter;
import dev.aihire.shell.Terminals;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.jline.terminal.Terminal;

/**
 * The one loop that runs a quiz or an interview: ask, hand the reply to the session, until it is
 * over; and the two ways to get a prompter, a terminal or scripted answers.
 */
final class SessionDriver {
  /** An answers file is a few short lines; past this it is not one. */
  static final long MAX_ANSWER_BYTES = 1024 * 1024;

  private SessionDriver() {}

  /** A quiz or an interview, as the loop sees it. */
  interface Conversation {
    boolean over();

    Prompter.Question question();

    void reply(String line);

    /** Ctrl-C. */
    void interrupted();

    /** Ctrl-D, or the answers ran out. */
    void ended();
  }

  static void run(Conversation c, Prompter p) {
    while (!c.over()) {
      Reply reply = p.ask(c.question());
      switch (reply.kind()) {
        case LINE -> c.reply(reply.line());
        case INTERRUPT -> c.interrupted();
        case END -> c.ended();
        default -> throw new IllegalStateException(reply.kind().toString());
      }
    }
  }

  /** Scripted answers: the prompter over them, where they come from, and the stream. */
  record Script(ScriptedPrompter prompter, String source, InputStream in) implements AutoCloseable {
    /** Runs {@code c} on these answers; a read error is a usage error naming the source. */
    void run(Conversation c) {
      try {
        SessionDriver.run(c, prompter);
      } catch (UncheckedIOException e) {
        throw AppException.usage(
            "cannot read the answers from " + source + ": " + e.getCause().getMessage());
      }
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  /** Answers from --answers FILE, or stdin ("-" or none), read through the bounds. */
  static Script script(
      Context ctx,
      String answers,
      PrintWriter messages,
      boolean showQuestions,
      boolean skipBlankAndComments) {
    boolean stdin = answers == null || answers.equals("-");
    InputStream in =
        new LimitedInput(
            stdin
                ? unclosed(ctx.stdin("give the answers in a file: --answers FILE"))
                : InputFiles.open("--answers", answers, "a file of answers"),
            MAX_ANSWER_BYTES);
    ScriptedPrompter prompter =
        new ScriptedPrompter(
            new BoundedLines(in, ScriptedPrompter.MAX_LINE_BYTES),
            messages,
            showQuestions,
            skipBlankAndComments);
    return new Script(prompter, stdin ? "stdin" : answers, in);
  }

  /**
   * The terminal, created here and only here: no other command talks to one. Off the process's own
   * stdin (tests), a dumb terminal writing to {@code dumbOut}.
   */
  static Terminal terminal(Context ctx, Writer dumbOut) throws IOException {
    ctx.io().out().flush();
    return Terminals.open(ctx.io().in(), dumbOut, ctx.io().stdoutIsTerminal());
  }

  /** Stdin is not closed with the session: it belongs to the process. */
  private static InputStream unclosed(InputStream in) {
    return new FilterInputStream(in) {
      @Override
      public void close() {}
    };
  }
}
