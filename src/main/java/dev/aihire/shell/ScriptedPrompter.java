package dev.aihire.shell;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Answers read one a line from a file or a pipe, through the bounded line reader: a line over 1,024
 * bytes is named by its length, never held. Never prompts. What a session says goes to {@code
 * messages} (stderr for the interview, stdout for the quiz's text transcript, nowhere when null);
 * with {@code showQuestions} the questions are written there too.
 */
public final class ScriptedPrompter implements Prompter {
  /** An answer is a letter or a number; a longer line is named by its length. */
  public static final int MAX_LINE_BYTES = 1024;

  private final BoundedLines lines;
  private final PrintWriter messages;
  private final boolean showQuestions;
  private final boolean skipBlankAndComments;
  private int lineNumber;
  private int answered;

  /** With {@code skipBlankAndComments}, blank lines and lines starting with '#' are no reply. */
  public ScriptedPrompter(
      BoundedLines lines,
      PrintWriter messages,
      boolean showQuestions,
      boolean skipBlankAndComments) {
    this.lines = lines;
    this.messages = messages;
    this.showQuestions = showQuestions;
    this.skipBlankAndComments = skipBlankAndComments;
  }

  @Override
  public Reply ask(Question question) {
    String line = next();
    if (line == null) {
      return Reply.end(); // not shown: the session's summary says what went unanswered
    }
    if (showQuestions) {
      show(question.lines());
    }
    answered++;
    return Reply.line(line);
  }

  @Override
  public boolean confirm(String question) {
    return true; // a script is never asked twice
  }

  @Override
  public void say(String message) {
    show(List.of(message));
  }

  @Override
  public void show(List<String> shown) {
    if (messages != null) {
      shown.forEach(messages::println);
      messages.flush();
    }
  }

  /** The number of the line read last (1-based), for messages that point at it. */
  public int lineNumber() {
    return lineNumber;
  }

  /** How many lines were read as replies. */
  public int answered() {
    return answered;
  }

  private String next() {
    try {
      BoundedLines.Line line;
      while ((line = lines.next()) != null) {
        lineNumber = line.number();
        String text = line.tooLong() ? "(a line of " + line.bytes() + " bytes)" : line.text();
        if (!skipBlankAndComments) {
          return text;
        }
        String s = text.strip();
        if (!s.isEmpty() && !s.startsWith("#")) {
          return s;
        }
      }
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
