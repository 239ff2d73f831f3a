package dev.aihire.interview;

import java.util.Locale;

/**
 * One typed reply to a question: a choice (by number, 1-based, or letter), or one of the words
 * skip, back and why. Words are whole words, never abbreviated: "b" is the second answer, not
 * "back".
 */
public sealed interface Input {
  /** The answers' letters; questions have at most this many answers to choose by letter. */
  String LETTERS = "abcdefghijklmnopqrstuvwxyz";

  record Choice(int index) implements Input {}

  record Skip() implements Input {}

  record Back() implements Input {}

  record Why() implements Input {}

  record Invalid(String message) implements Input {}

  static Input parse(String line, int answers) {
    String s = line == null ? "" : line.strip().toLowerCase(Locale.ROOT);
    switch (s) {
      case "skip":
        return new Skip();
      case "back":
        return new Back();
      case "why":
      case "?":
        return new Why();
      default:
        break;
    }
    if (s.matches("[0-9]{1,3}")) {
      int n = Integer.parseInt(s);
      if (n >= 1 && n <= answers) {
        return new Choice(n - 1);
      }
    } else if (s.length() == 1
        && LETTERS.indexOf(s.charAt(0)) >= 0
        && LETTERS.indexOf(s.charAt(0)) < answers) {
      return new Choice(LETTERS.indexOf(s.charAt(0)));
    }
    return new Invalid(hint(answers));
  }

  static String hint(int answers) {
    return "type an answer number from 1 to "
        + answers
        + " (or a letter a-"
        + LETTERS.charAt(Math.min(answers, LETTERS.length()) - 1)
        + "), or skip, back or why";
  }
}
