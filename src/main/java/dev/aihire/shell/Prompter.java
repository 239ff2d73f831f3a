package dev.aihire.shell;

import java.util.List;

/**
 * The one port between a session (a quiz, an interview) and whoever answers it: a person at a
 * terminal ({@link JLinePrompter}) or a script ({@link ScriptedPrompter}). It shows what it is
 * given and returns what was typed; what to show is decided by the session and its renderer.
 */
public interface Prompter {
  /**
   * A question as shown: its lines, already laid out; the prompt to read the answer at; and what
   * Tab completes. Asked again (after "why" or a typo) it is not shown again.
   */
  record Question(List<String> lines, String prompt, List<Completion> completions) {
    public Question {
      lines = List.copyOf(lines);
      completions = List.copyOf(completions);
    }
  }

  /** A word Tab completes, with a few words on what it means. */
  record Completion(String value, String description) {}

  /** What came back: a typed line, the end of input (Ctrl-D, no more answers), or Ctrl-C. */
  record Reply(Kind kind, String line) {
    /** The kinds of reply. */
    public enum Kind {
      LINE,
      END,
      INTERRUPT
    }

    public static Reply line(String line) {
      return new Reply(Kind.LINE, line);
    }

    public static Reply end() {
      return new Reply(Kind.END, null);
    }

    public static Reply interrupt() {
      return new Reply(Kind.INTERRUPT, null);
    }
  }

  /** Shows the question (unless it is the one on screen) and reads the reply. */
  Reply ask(Question question);

  /** A yes/no question, no by default; the end of input or a second Ctrl-C mean yes. */
  boolean confirm(String question);

  /** Tells the person something, wrapped to the screen: an explanation, a hint. */
  void say(String message);

  /** Shows lines laid out by a renderer, as they are. */
  void show(List<String> lines);
}
