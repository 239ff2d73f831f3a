package dev.aihire.shell;

import dev.aihire.render.Text;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jline.reader.Candidate;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.history.DefaultHistory;
import org.jline.terminal.Terminal;

/**
 * A person at a terminal: a line editor with history (kept in memory: answers are nobody's business
 * after the session) and Tab completion of what the question offers. Ctrl-C is an interrupt, Ctrl-D
 * the end.
 */
public final class JLinePrompter implements Prompter {
  private static final int FALLBACK_WIDTH = 80;

  private final Terminal terminal;
  private final LineReader reader;
  private final PrintWriter out;
  private final List<Candidate> candidates = new ArrayList<>();

  /** The question on screen: after "why" or a typo it is asked again without repeating it. */
  private Question shown;

  public JLinePrompter(Terminal terminal) {
    this.terminal = terminal;
    this.out = terminal.writer();
    this.reader =
        LineReaderBuilder.builder()
            .terminal(terminal)
            .appName("aihire")
            .history(new DefaultHistory())
            .completer((r, line, found) -> found.addAll(candidates))
            // A '!' in a typed description is text, not a history reference.
            .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
            .build();
  }

  /** The width to lay text out for: the terminal's, or 80 when it does not say. */
  public int width() {
    return terminal.getWidth() > 20 ? terminal.getWidth() : FALLBACK_WIDTH;
  }

  @Override
  public Reply ask(Question q) {
    candidates.clear();
    for (Completion c : q.completions()) {
      candidates.add(
          new Candidate(
              c.value(),
              c.value(),
              null,
              c.description() == null ? null : shorten(Text.safe(c.description()), 50),
              null,
              null,
              true));
    }
    if (!q.equals(shown)) {
      show(q.lines());
      shown = q;
    }
    return read(q.prompt());
  }

  @Override
  public boolean confirm(String question) {
    candidates.clear();
    // A y or n is no answer worth recalling with the Up arrow.
    reader.setVariable(LineReader.DISABLE_HISTORY, true);
    Reply r;
    try {
      r = read(question);
    } finally {
      reader.setVariable(LineReader.DISABLE_HISTORY, false);
    }
    if (r.kind() != Reply.Kind.LINE) {
      return true; // a second Ctrl-C, or Ctrl-D, means yes
    }
    String s = r.line().strip().toLowerCase(Locale.ROOT);
    return s.equals("y") || s.equals("yes");
  }

  @Override
  public void say(String message) {
    show(Text.wrap(message, width() - 1));
  }

  @Override
  public void show(List<String> lines) {
    lines.forEach(out::println);
    out.flush();
  }

  private Reply read(String prompt) {
    try {
      return Reply.line(reader.readLine(prompt));
    } catch (UserInterruptException e) {
      return Reply.interrupt();
    } catch (EndOfFileException e) {
      return Reply.end();
    } finally {
      out.flush();
    }
  }

  private static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
