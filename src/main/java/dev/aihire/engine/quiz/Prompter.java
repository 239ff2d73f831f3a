package dev.aihire.engine.quiz;

/**
 * The quiz's view of whoever answers it: a person at a terminal, or an answers file. Knows
 * nothing of JLine, so the session runs the same in tests.
 */
public interface Prompter {
  /**
   * Shows question {@code number} (1-based) of {@code total} and returns the answer typed, or
   * null when the person ended the quiz (Ctrl-D, Ctrl-C) or the answers ran out.
   */
  String ask(QuizQuestion question, int number, int total);

  /** The answer was not a letter of the question; it will be asked again. */
  void retry(Graded graded);

  /** Right or wrong, the explanation, and the score after this answer. */
  void feedback(Graded graded, Progress progress);

  /** The quiz is over, finished or stopped. */
  void finish(QuizResult result);

  /** The running score: right answers out of those answered, and the quiz's length. */
  record Progress(int right, int answered, int total) {}
}
