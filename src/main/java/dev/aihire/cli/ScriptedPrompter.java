package dev.aihire.cli;

import dev.aihire.engine.quiz.Graded;
import dev.aihire.engine.quiz.Prompter;
import dev.aihire.engine.quiz.QuizQuestion;
import dev.aihire.engine.quiz.QuizResult;
import dev.aihire.render.QuizRenderer;
import dev.aihire.render.Text;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * Answers read one a line from a file or a pipe. Never prompts: in text mode stdout shows each
 * question with the answer given and the verdict; in JSON mode (no renderer) stdout stays for
 * the one document the command prints at the end. Notes go to stderr.
 */
final class ScriptedPrompter implements Prompter {
  /** An answer is a letter; a longer line is kept only this far. */
  private static final int MAX_LINE_BYTES = 1024;

  private final BoundedLines answers;
  private final QuizRenderer text;
  private final PrintWriter out;
  private final PrintWriter err;
  private final String again;

  ScriptedPrompter(BoundedLines answers, QuizRenderer textOrNull, Io io, String again) {
    this.answers = answers;
    this.text = textOrNull;
    this.out = io.out();
    this.err = io.err();
    this.again = again;
  }

  static BoundedLines lines(java.io.InputStream in) {
    return new BoundedLines(in, MAX_LINE_BYTES);
  }

  @Override
  public String ask(QuizQuestion q, int number, int total) {
    BoundedLines.Line line;
    try {
      line = answers.next();
    } catch (IOException e) {
      throw AppException.usage("cannot read the answers: " + e.getMessage());
    }
    if (line == null) {
      return null; // not shown: the summary says which questions went unanswered
    }
    String typed = line.tooLong() ? "(a line of " + line.bytes() + " bytes)" : line.text();
    if (text != null) {
      text.question(q, number, total).forEach(out::println);
      out.println(text.given(typed));
    }
    return typed;
  }

  @Override
  public void retry(Graded graded) {
    throw new IllegalStateException("scripted answers are never asked twice");
  }

  @Override
  public void feedback(Graded g, Progress p) {
    if (!g.valid()) {
      err.println("aihire: question " + p.answered() + ": '" + Text.safe(g.given())
          + "' is not one of " + Graded.letters(g.question()) + "; counted as wrong");
    }
    if (text != null) {
      text.feedback(g, p).forEach(out::println);
    }
  }

  @Override
  public void finish(QuizResult result) {
    if (result.stoppedEarly()) {
      err.println("aihire: the answers ended after " + result.answered() + " of "
          + result.total() + " questions; the rest count as unanswered");
    }
    if (text != null) {
      text.summary(result, again).forEach(out::println);
    }
  }
}
