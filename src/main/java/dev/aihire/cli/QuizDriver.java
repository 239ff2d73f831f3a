package dev.aihire.cli;

import dev.aihire.engine.quiz.Prompter;
import dev.aihire.engine.quiz.Quiz;
import dev.aihire.engine.quiz.QuizResult;
import dev.aihire.engine.quiz.QuizSession;
import dev.aihire.render.Json;
import dev.aihire.render.QuizRenderer;
import dev.aihire.shell.TerminalPrompter;
import dev.aihire.shell.Terminals;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.jline.terminal.Terminal;

/** Runs a quiz on a terminal or from scripted answers. */
final class QuizDriver {
  private final Context ctx;
  private final String again;
  private final Integer pass;

  QuizDriver(Context ctx, String again, Integer pass) {
    this.ctx = ctx;
    this.again = again;
    this.pass = pass;
  }

  QuizResult run(Quiz quiz, String answers) throws IOException {
    Io io = ctx.io();
    boolean onTerminal = answers == null && io.stdinIsTerminal() && io.stdoutIsTerminal()
        && !ctx.json();
    return onTerminal ? onTerminal(quiz) : scripted(quiz, answers);
  }

  private QuizResult onTerminal(Quiz quiz) throws IOException {
    Io io = ctx.io();
    io.out().flush();
    try (Terminal terminal = Terminals.open(io.in(), io.out())) {
      int width = terminal.getWidth() > 0 ? Math.min(terminal.getWidth(), 100) : ctx.width();
      Prompter prompter = new TerminalPrompter(terminal,
          new QuizRenderer(ctx.style(), width), again);
      return QuizSession.run(quiz, prompter, true, pass);
    }
  }

  private QuizResult scripted(Quiz quiz, String answers) throws IOException {
    Io io = ctx.io();
    boolean stdin = answers == null || answers.equals("-");
    if (stdin && io.stdinIsTerminal()) {
      ctx.note("reading answers from the terminal, one letter a line; Ctrl-D ends the quiz");
    }
    try (InputStream in = stdin ? unclosed(ctx.stdin("give the answers in a file: --answers"
        + " FILE")) : InputFiles.open("--answers", answers, "a file of answers")) {
      QuizRenderer text = ctx.json() ? null : new QuizRenderer(ctx.style(), ctx.width());
      QuizResult result = QuizSession.run(quiz,
          new ScriptedPrompter(ScriptedPrompter.lines(in), text, io, again), false, pass);
      if (ctx.json()) {
        Json.writePretty(io.out(), result);
      }
      return result;
    }
  }

  /** Stdin is not closed with the quiz: it belongs to the process. */
  private static InputStream unclosed(InputStream in) {
    return new FilterInputStream(in) {
      @Override
      public void close() {}
    };
  }
}
