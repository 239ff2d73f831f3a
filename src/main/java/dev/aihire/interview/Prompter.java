package dev.aihire.interview;

import java.util.List;

/**
 * The interview's port to a person (or a script): ask a question, get back what was typed. The
 * JLine implementation lives in {@code shell}; nothing here knows about terminals.
 */
public interface Prompter {
  /** A question as shown: its place in the interview and its numbered choices. */
  record Asked(int number, int max, String questionId, String text, List<String> choices) {
    public Asked {
      choices = List.copyOf(choices);
    }
  }

  /** What came back: a typed line, end of input (Ctrl-D), or an interrupt (Ctrl-C). */
  record Reply(Kind kind, String line) {
    /** The kinds of reply. */
    public enum Kind {
      LINE,
      EOF,
      INTERRUPT
    }

    public static Reply line(String line) {
      return new Reply(Kind.LINE, line);
    }

    public static Reply eof() {
      return new Reply(Kind.EOF, null);
    }

    public static Reply interrupt() {
      return new Reply(Kind.INTERRUPT, null);
    }
  }

  /** Shows a question with its numbered choices and reads the reply. */
  Reply ask(Asked question);

  /** Reads a free-text line, e.g. the optional starting description. */
  Reply askText(String prompt);

  /** After an interrupt: whether to leave the interview (true) or go on with the question. */
  boolean confirmLeave();

  /** Tells the person something: an explanation, a hint, a note. */
  void say(String message);

  /** A reply that is not an answer; an interactive prompter says so and asks again. */
  default void invalid(Asked question, String line, String hint) {
    say("'" + shown(line) + "' is not an answer: " + hint + ".");
  }

  /** Longest reply quoted back in a message: a pasted page is named, not echoed. */
  int MAX_SHOWN = 40;

  /** A reply as messages quote it: stripped, and cut to {@link #MAX_SHOWN} characters. */
  static String shown(String line) {
    String s = line.strip();
    return s.length() <= MAX_SHOWN ? s : s.substring(0, MAX_SHOWN) + "\u2026";
  }
}
