package dev.aihire.engine.quiz;

import java.util.ArrayList;
import java.util.List;

/**
 * One run through a quiz as a state machine: each answer moves to the next question until the
 * last one is answered or the person stops. No I/O: a {@link Prompter} does the talking.
 */
public final class QuizSession {
  private final Quiz quiz;
  private final List<Graded> answers = new ArrayList<>();
  private boolean stopped;

  public QuizSession(Quiz quiz) {
    this.quiz = quiz;
  }

  /**
   * Runs the whole quiz. With {@code retryInvalid} (a person typing) an answer that is not a
   * letter is asked again; without it (an answers file) it counts as wrong, so that every line
   * of the file stays paired with its question.
   */
  public static QuizResult run(Quiz quiz, Prompter prompter, boolean retryInvalid,
      Integer passPercent) {
    QuizSession s = new QuizSession(quiz);
    while (!s.over()) {
      QuizQuestion q = s.current();
      String typed = prompter.ask(q, s.answered() + 1, quiz.size());
      if (typed == null) {
        s.stop();
        break;
      }
      Graded g = Graded.of(q, typed);
      if (!g.valid() && retryInvalid) {
        prompter.retry(g);
        continue;
      }
      s.record(g);
      prompter.feedback(g, s.progress());
    }
    QuizResult result = s.result(passPercent);
    prompter.finish(result);
    return result;
  }

  public boolean over() {
    return stopped || answers.size() == quiz.size();
  }

  public QuizQuestion current() {
    if (over()) {
      throw new IllegalStateException("the quiz is over");
    }
    return quiz.questions().get(answers.size());
  }

  public void record(Graded g) {
    if (g.question() != current()) {
      throw new IllegalStateException("answer to " + g.question().id() + ", asked "
          + current().id());
    }
    answers.add(g);
  }

  public void stop() {
    stopped = true;
  }

  public int answered() {
    return answers.size();
  }

  public Prompter.Progress progress() {
    return new Prompter.Progress((int) answers.stream().filter(Graded::correct).count(),
        answers.size(), quiz.size());
  }

  public QuizResult result(Integer passPercent) {
    return QuizResult.of(quiz, answers, passPercent);
  }
}
