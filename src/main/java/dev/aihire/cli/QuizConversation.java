package dev.aihire.cli;

import dev.aihire.engine.quiz.Graded;
import dev.aihire.engine.quiz.Quiz;
import dev.aihire.engine.quiz.QuizQuestion;
import dev.aihire.engine.quiz.QuizResult;
import dev.aihire.engine.quiz.QuizSession;
import dev.aihire.render.QuizJson;
import dev.aihire.render.QuizRenderer;
import dev.aihire.shell.JLinePrompter;
import dev.aihire.shell.Prompter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import org.jline.terminal.Terminal;

/**
 * A quiz between its state machine and a prompter. A person who types something that is not a
 * letter is asked again; a line of an answers file that is not one counts as wrong, so every line
 * stays paired with its question. The score at the end is the result record, as text or JSON,
 * whoever answered.
 */
final class QuizConversation implements SessionDriver.Conversation {
  private final Context ctx;
  private final QuizSession session;
  private final Prompter prompter;

  /** Laid out for the width of the moment: a terminal resized mid-quiz re-wraps. */
  private QuizRenderer text;

  private final IntSupplier width;
  private final boolean person;
  private final boolean echo;
  private QuizQuestion shownFor;
  private Prompter.Question shown;

  QuizConversation(
      Context ctx,
      QuizSession session,
      Prompter prompter,
      QuizRenderer text,
      IntSupplier width,
      boolean person,
      boolean echo) {
    this.ctx = ctx;
    this.session = session;
    this.prompter = prompter;
    this.text = text;
    this.width = width;
    this.person = person;
    this.echo = echo;
  }

  /** Runs {@code quiz} at the terminal, or on the answers of --answers or stdin. */
  static QuizResult run(Context ctx, Quiz quiz, String answers, Integer pass, String again)
      throws IOException {
    Io io = ctx.io();
    QuizSession session = new QuizSession(quiz);
    QuizRenderer text;
    boolean person =
        answers == null && io.stdinIsTerminal() && io.stdoutIsTerminal() && !ctx.json();
    if (person) {
      try (Terminal terminal = SessionDriver.terminal(ctx, io.out())) {
        int width = terminal.getWidth() > 0 ? Math.min(terminal.getWidth(), 100) : ctx.width();
        text = new QuizRenderer(ctx.style(), width);
        JLinePrompter prompter = new JLinePrompter(terminal);
        SessionDriver.run(
            new QuizConversation(
                ctx, session, prompter, text, () -> Math.min(prompter.width(), 100), true, false),
            prompter);
      }
    } else {
      if ((answers == null || answers.equals("-")) && io.stdinIsTerminal()) {
        ctx.note("reading answers from the terminal, one letter a line; Ctrl-D ends the quiz");
      }
      text = new QuizRenderer(ctx.style(), ctx.width());
      try (SessionDriver.Script script =
          SessionDriver.script(ctx, answers, ctx.json() ? null : io.out(), !ctx.json(), false)) {
        script.run(
            new QuizConversation(
                ctx, session, script.prompter(), text, ctx::width, false, !ctx.json()));
      }
    }
    QuizResult result = session.result(pass);
    if (!person && result.stoppedEarly()) {
      ctx.note(
          "the answers ended after "
              + result.answered()
              + " of "
              + result.total()
              + " questions; the rest count as unanswered");
    }
    ctx.emit(QuizJson.of(result), out -> text.summary(result, again).forEach(out::println));
    return result;
  }

  @Override
  public boolean over() {
    return session.over();
  }

  @Override
  public Prompter.Question question() {
    QuizQuestion q = session.current();
    if (q != shownFor) { // the same question asked again is not shown again
      shownFor = q;
      text = new QuizRenderer(ctx.style(), width.getAsInt()); // the width now, not at the start
      shown =
          new Prompter.Question(
              text.question(q, session.number(), session.total()),
              "Your answer (" + Graded.letters(q) + "): ",
              completions(q));
    }
    return shown;
  }

  /** What Tab offers at a terminal: the letters, each with its choice. */
  private List<Prompter.Completion> completions(QuizQuestion q) {
    List<Prompter.Completion> letters = new ArrayList<>();
    if (person) {
      for (int i = 0; i < q.choices().size(); i++) {
        letters.add(new Prompter.Completion(QuizQuestion.letter(i), q.choices().get(i)));
      }
    }
    return letters;
  }

  @Override
  public void reply(String typed) {
    if (person && typed.isBlank()) {
      return; // Enter alone at a terminal: the prompt again, no lecture
    }
    if (echo) {
      prompter.show(List.of(text.given(typed)));
    }
    Graded g = session.grade(typed);
    if (!g.valid() && person) {
      prompter.show(List.of(text.retry(g)));
      return;
    }
    if (!g.valid()) {
      ctx.note(
          "question "
              + session.number()
              + ": '"
              + g.given()
              + "' is not one of "
              + Graded.letters(g.question())
              + "; counted as wrong");
    }
    session.record(g);
    prompter.show(text.feedback(g, session.progress()));
  }

  @Override
  public void interrupted() {
    ended(); // Ctrl-C or Ctrl-D: the person is done; the summary shows the score so far
  }

  @Override
  public void ended() {
    if (person) {
      prompter.show(List.of(""));
    }
    session.stop();
  }
}
