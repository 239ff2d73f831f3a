package dev.aihire.shell;

import dev.aihire.interview.Prompter;
import dev.aihire.render.Style;
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
 * The interview on a terminal: the question and its numbered choices, a line editor with history
 * (kept in memory: answers are nobody's business after the session), Tab completion of the
 * answer numbers and of skip, back and why. Ctrl-C cancels the question and asks whether to
 * leave; Ctrl-D leaves.
 */
public final class JLinePrompter implements Prompter {
  private static final int FALLBACK_WIDTH = 80;

  private final Terminal terminal;
  private final LineReader reader;
  private final PrintWriter out;
  private final Style style;
  private final List<Candidate> candidates = new ArrayList<>();
  private boolean hinted;
  /** The question on screen: after "why" or a typo it is asked again without repeating it. */
  private Asked shown;

  public JLinePrompter(Terminal terminal, Style style) {
    this.terminal = terminal;
    this.style = style;
    this.out = terminal.writer();
    this.reader = LineReaderBuilder.builder()
        .terminal(terminal)
        .appName("aihire")
        .history(new DefaultHistory())
        .completer((r, line, found) -> found.addAll(candidates))
        // A '!' in a typed description is text, not a history reference.
        .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
        .build();
  }

  @Override
  public Reply ask(Asked q) {
    candidates.clear();
    for (int i = 0; i < q.choices().size(); i++) {
      candidates.add(new Candidate(String.valueOf(i + 1), String.valueOf(i + 1), null,
          shorten(Text.safe(q.choices().get(i)), 50), null, null, true));
    }
    for (String word : List.of("skip", "back", "why")) {
      candidates.add(new Candidate(word, word, null, null, null, null, true));
    }
    if (!q.equals(shown)) {
      show(q);
    }
    return read("answer> ");
  }

  private void show(Asked q) {
    shown = q;
    out.println();
    out.println(style.dim("Question " + q.number() + " (at most " + q.max() + ")"));
    wrap(q.text(), "", "", true);
    for (int i = 0; i < q.choices().size(); i++) {
      String n = String.format("%3d. ", i + 1);
      wrap(q.choices().get(i), n, " ".repeat(n.length()), false);
    }
    if (!hinted) {
      wrap("Type a number (Tab completes), or skip, back or why. Ctrl-D leaves.", "", "",
          false);
      hinted = true;
    }
  }

  @Override
  public Reply askText(String prompt) {
    candidates.clear();
    wrap(prompt, "", "", false);
    return read("> ");
  }

  @Override
  public boolean confirmLeave() {
    candidates.clear();
    // A y or n is no answer worth recalling with the Up arrow.
    reader.setVariable(LineReader.DISABLE_HISTORY, true);
    Reply r;
    try {
      r = read("Leave the interview? [y/N] ");
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
    wrap(message, "", "", false);
  }

  private Reply read(String prompt) {
    try {
      return Reply.line(reader.readLine(prompt));
    } catch (UserInterruptException e) {
      return Reply.interrupt();
    } catch (EndOfFileException e) {
      return Reply.eof();
    } finally {
      out.flush();
    }
  }

  private void wrap(String text, String first, String rest, boolean bold) {
    int width = terminal.getWidth() > 20 ? terminal.getWidth() : FALLBACK_WIDTH;
    List<String> lines = Text.wrap(text, width - 1 - rest.length());
    for (int i = 0; i < lines.size(); i++) {
      String line = bold ? style.bold(lines.get(i)) : lines.get(i);
      out.println((i == 0 ? first : rest) + line);
    }
    out.flush();
  }

  private static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
