package dev.aihire.engine.quiz;

import java.util.Locale;

/**
 * What one typed answer came to. {@code choice} is the index picked, or -1 when the text was not a
 * letter of this question ({@code valid} is then false and the answer counts as wrong).
 */
public record Graded(QuizQuestion question, String given, int choice, boolean correct) {
  /** Longest answer text kept: an answers file may hold anything on a line. */
  static final int MAX_GIVEN = 40;

  public static Graded of(QuizQuestion q, String typed) {
    String given = typed.strip();
    if (given.length() > MAX_GIVEN) {
      given = given.substring(0, MAX_GIVEN) + "\u2026";
    }
    int choice = -1;
    if (given.length() == 1) {
      int i = given.toLowerCase(Locale.ROOT).charAt(0) - 'a';
      if (i >= 0 && i < q.choices().size()) {
        choice = i;
        given = QuizQuestion.letter(i);
      }
    }
    return new Graded(q, given, choice, choice == q.answer());
  }

  public boolean valid() {
    return choice >= 0;
  }

  /** "a-d": the letters this question accepts. */
  public static String letters(QuizQuestion q) {
    return "a-" + QuizQuestion.letter(q.choices().size() - 1);
  }
}
