package dev.aihire.engine.quiz;

import java.util.ArrayList;
import java.util.List;

/**
 * One run through a quiz as a state machine: each recorded answer moves to the next question until
 * the last one is answered or the person stops. No I/O: whoever drives it does the talking, and the
 * result record is all there is to show.
 */
public final class QuizSession {
  /** The running score: right answers out of those answered, and the quiz's length. */
  public record Progress(int right, int answered, int total) {}

  private final Quiz quiz;
  private final List<Graded> answers = new ArrayList<>();
  private boolean stopped;

  public QuizSession(Quiz quiz) {
    this.quiz = quiz;
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

  /** The current question's number, 1-based. */
  public int number() {
    return answers.size() + 1;
  }

  public int total() {
    return quiz.size();
  }

  /** What {@code typed} comes to as an answer to the current question; records nothing. */
  public Graded grade(String typed) {
    return Graded.of(current(), typed);
  }

  public void record(Graded g) {
    if (g.question() != current()) {
      throw new IllegalStateException(
          "answer to " + g.question().id() + ", asked " + current().id());
    }
    answers.add(g);
  }

  public void stop() {
    stopped = true;
  }

  public int answered() {
    return answers.size();
  }

  public Progress progress() {
    return new Progress(
        (int) answers.stream().filter(Graded::correct).count(), answers.size(), quiz.size());
  }

  public QuizResult result(Integer passPercent) {
    return QuizResult.of(quiz, answers, passPercent);
  }
}
