package dev.aihire.shell;

import dev.aihire.engine.quiz.Graded;
import dev.aihire.engine.quiz.Prompter;
import dev.aihire.engine.quiz.QuizQuestion;
import dev.aihire.engine.quiz.QuizResult;
import dev.aihire.render.QuizRenderer;
import java.io.PrintWriter;
import java.util.List;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;

/** A person at a terminal: one question at a time, a letter typed at a JLine prompt. */
public final class TerminalPrompter implements Prompter {
  private final LineReader reader;
  private final PrintWriter out;
  private final QuizRenderer render;
  private final String again;
  private QuizQuestion shown;

  /** {@code again} is the command that repeats this quiz, shown in the summary. */
  public TerminalPrompter(Terminal terminal, QuizRenderer render, String again) {
    this.reader = LineReaderBuilder.builder()
        .terminal(terminal)
        .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
        .build();
    this.out = terminal.writer();
    this.render = render;
    this.again = again;
  }

  @Override
  public String ask(QuizQuestion q, int number, int total) {
    if (q != shown) { // a retry asks again without repeating the question
      print(render.question(q, number, total));
      shown = q;
    }
    try {
      return reader.readLine("Your answer (" + Graded.letters(q) + "): ");
    } catch (EndOfFileException | UserInterruptException e) {
      // Ctrl-D or Ctrl-C: the person is done; the summary shows the score so far.
      out.println();
      return null;
    }
  }

  @Override
  public void retry(Graded graded) {
    print(List.of(render.retry(graded)));
  }

  @Override
  public void feedback(Graded graded, Progress progress) {
    print(render.feedback(graded, progress));
  }

  @Override
  public void finish(QuizResult result) {
    print(render.summary(result, again));
  }

  private void print(List<String> lines) {
    lines.forEach(out::println);
    out.flush();
  }
}
