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

  /** Whether a person is typing the batch, and may want to be told how to end it. */
  boolean fromTerminal() {
    return stdin && ctx.io().stdinIsTerminal();
  }

  /**
   * Every line through {@code each}; true when some were bad, after a note naming them ("… the
   * others were {@code othersWere}").
   */
  boolean run(Each each, String othersWere) throws IOException {
    List<Integer> bad = new ArrayList<>();
    int badCount = 0;
    int total = 0;
    try (InputStream closing = stdin ? null : in) {
      BoundedLines.Line line;
      while ((line = lines.next()) != null) {
        if (line.text().isBlank() && !line.tooLong()) {
          continue; // blank lines separate nothing in JSONL; skipping them loses nothing
        }
        total++;
        if (each.badLine(line)) {
          if (bad.size() < SHOWN_BAD) {
            bad.add(line.number());
          }
          badCount++;
        }
      }
    } catch (BoundedLines.Endless e) {
      throw AppException.usage(
          "--batch "
              + (stdin ? "-" : source)
              + ": "
              + e.getMessage()
              + "; a batch is JSONL, one {\"id\": …, \"text\": …} a line");
    }
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
