package dev.aihire.interview;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * Answers from a script, one a line (a number or letter, or skip, back, why); blank lines and
 * lines starting with '#' are ignored. Prints no prompts: stdout is for the answer. Messages
 * ("why" explanations) go to {@code messages}, normally stderr. A line that is not an answer
 * stops the run with a {@link BadScript}: guessing would misalign every later answer.
 */
public final class ScriptedPrompter implements Prompter {
  /** A script line that is not an answer to the question it meets. */
  public static final class BadScript extends RuntimeException {
    public BadScript(String message) {
      super(message, null, false, false);
    }
  }

  private final BufferedReader in;
  private final PrintWriter messages;
  private final String source;
  private int lineNumber;
  private int answered;

  public ScriptedPrompter(BufferedReader in, PrintWriter messages, String source) {
    this.in = in;
    this.messages = messages;
    this.source = source;
  }

  @Override
  public Reply ask(Asked question) {
    String line = next();
    if (line != null) {
      answered++;
    }
    return line == null ? Reply.eof() : Reply.line(line);
  }

  @Override
  public Reply askText(String prompt) {
    return Reply.eof(); // a script gives the starting text with --start, not in the answers
  }

  @Override
  public boolean confirmLeave() {
    return true;
  }

  @Override
  public void say(String message) {
    messages.println(message);
    messages.flush();
  }

  @Override
  public void invalid(Asked question, String line, String hint) {
    throw new BadScript(source + ":" + lineNumber + ": '" + Prompter.shown(line)
        + "' is not an answer to question " + question.number() + " ("
        + question.questionId() + "); " + hint);
  }

  /** How many lines were read as replies to questions. */
  public int answered() {
    return answered;
  }

  private String next() {
    try {
      String line;
      while ((line = in.readLine()) != null) {
        lineNumber++;
        String s = line.strip();
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
