package dev.aihire.cli;

import dev.aihire.shell.BoundedLines;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The loop every {@code --batch} shares: JSONL from a file or stdin, a line at a time, blank lines
 * skipped, bad lines counted and named in one note at the end. What a line means, and how its
 * answer is written, is the command's.
 */
final class JsonlBatch {
  /** The first few bad line numbers are named: a million bad lines must not fill memory. */
  static final int SHOWN_BAD = 10;

  /** One command's handling of a line: it writes the line's answer and says whether it was bad. */
  interface Each {
    boolean badLine(BoundedLines.Line line) throws IOException;
  }

  /**
   * A command whose answer to a line is pure work, safe on any thread ({@link #answer}), and whose
   * writing is not ({@link #write}, in input order, saying whether the line was bad).
   */
  interface Answering<T> {
    T answer(BoundedLines.Line line);

    boolean write(T answer) throws IOException;
  }

  private final Context ctx;
  private final String source;
  private final boolean stdin;
  private final InputStream in;
  private final BoundedLines lines;

  private JsonlBatch(Context ctx, String source, int maxLineBytes, long endlessBytes) {
    this.ctx = ctx;
    this.source = source;
    this.stdin = source.equals("-");
    this.in =
        stdin
            ? ctx.stdin("give the batch as a file: --batch FILE")
            : InputFiles.open("--batch", source, "a JSONL file");
    this.lines = new BoundedLines(in, maxLineBytes, endlessBytes);
  }

  /**
   * The batch of {@code --batch SOURCE} ('-': stdin), opened; a line over {@code maxLineBytes} is a
   * bad line, one over {@code endlessBytes} ends the batch with a usage error.
   */
  static JsonlBatch open(Context ctx, String source, int maxLineBytes, long endlessBytes) {
    return new JsonlBatch(ctx, source, maxLineBytes, endlessBytes);
  }

  /**
   * When a person is typing the batch, tells them on stderr what a line is and how to end it
   * ({@code line}: an example of one), before the run waits for the first.
   */
  void noteIfTyped(String line) {
    if (stdin && ctx.io().stdinIsTerminal()) {
      ctx.note("reading JSONL from the terminal, one " + line + " a line; end it with Ctrl-D");
    }
  }

  /**
   * Every line through {@code each}; true when some were bad, after a note naming them ("… the
   * others were {@code othersWere}").
   */
  boolean run(Each each, String othersWere) throws IOException {
    Tally tally = new Tally();
    try (InputStream closing = stdin ? null : in) {
      BoundedLines.Line line;
      while ((line = next()) != null) {
        tally.add(line.number(), each.badLine(line));
      }
    } catch (BoundedLines.Endless e) {
      throw endless(e);
    }
    return tally.report(othersWere);
  }

  /**
   * As {@link #run(Each, String)}; from a file, the answers are worked out on every core, a few
   * lines ahead of the one written (same output, line for line).
   */
  <T> boolean run(Answering<T> command, String othersWere) throws IOException {
    int threads = AnswersAhead.threads();
    if (stdin || threads < 2) {
      return run(line -> command.write(command.answer(line)), othersWere);
    }
    Tally tally = new Tally();
    record Answered<T>(int line, T answer) {}
    try (InputStream closing = in;
        AnswersAhead<Answered<T>> ahead =
            new AnswersAhead<>(threads, a -> tally.add(a.line(), command.write(a.answer())))) {
      BoundedLines.Line line;
      while ((line = next()) != null) {
        BoundedLines.Line read = line;
        ahead.submit(() -> new Answered<>(read.number(), command.answer(read)));
      }
      ahead.finish();
    } catch (BoundedLines.Endless e) {
      throw endless(e);
    }
    return tally.report(othersWere);
  }

  /** The next line that is not blank (blank lines separate nothing in JSONL), or null. */
  private BoundedLines.Line next() throws IOException {
    BoundedLines.Line line;
    do {
      line = lines.next();
      if (line != null && line.number() == 1 && line.text().startsWith(BYTE_ORDER_MARK)) {
        // Files saved by Windows tools often begin with one; it is not part of the first line.
        line = new BoundedLines.Line(1, line.text().substring(1), false, line.bytes());
      }
    } while (line != null && line.text().isBlank() && !line.tooLong());
    return line;
  }

  private static final String BYTE_ORDER_MARK = "\ufeff";

  private AppException endless(BoundedLines.Endless e) {
    return AppException.usage(
        "--batch "
            + (stdin ? "-" : source)
            + ": "
            + e.getMessage()
            + "; a batch is JSONL, one {\"id\": …, \"text\": …} a line");
  }

  /** How many lines were answered and which were bad; the note about them at the end. */
  private final class Tally {
    private final List<Integer> bad = new ArrayList<>();
    private int badCount;
    private int total;

    void add(int line, boolean wasBad) {
      total++;
      if (wasBad) {
        if (bad.size() < SHOWN_BAD) {
          bad.add(line);
        }
        badCount++;
      }
    }

    boolean report(String othersWere) {
      if (badCount > 0) {
        ctx.note(
            badCount
                + " of "
                + total
                + " batch lines were bad (lines "
                + String.join(", ", bad.stream().map(String::valueOf).toList())
                + (badCount > bad.size() ? ", …" : "")
                + "); the others were "
                + othersWere);
      }
      return badCount > 0;
    }
  }
}
