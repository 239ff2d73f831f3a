package dev.aihire.cli;

import dev.aihire.engine.recommend.Recommendation;
import dev.aihire.engine.recommend.Recommender;
import dev.aihire.render.Json;
import dev.aihire.render.Text;
import dev.aihire.shell.BoundedLines;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code recommend --batch}: a line in, a line out, in order; bad lines answered and counted. Each
 * answer is written as one whole line and flushed before the next line is read, so a reader sees
 * answers as they come and an interrupted run never ends mid-line; a write that fails stops the
 * batch at once.
 */
final class RecommendBatch {
  static final int MAX_LINE_BYTES = 4 * 1024 * 1024;

  /** A "line" this long is no JSONL: stop instead of scanning it for ever. */
  static final long ENDLESS_LINE_BYTES = 64L * 1024 * 1024;

  static final int SHOWN_BAD = 10;

  private final Context ctx;
  private final Recommender recommender;
  private final int top;

  RecommendBatch(Context ctx, Recommender recommender, int top) {
    this.ctx = ctx;
    this.recommender = recommender;
    this.top = top;
  }

  int run(String source) throws IOException {
    boolean stdin = source.equals("-");
    InputStream in =
        stdin
            ? ctx.stdin("give the batch as a file: --batch FILE")
            : InputFiles.open("--batch", source, "a JSONL file");
    if (stdin && ctx.io().stdinIsTerminal()) {
      ctx.note("reading JSONL from the terminal, one {\"text\": …} a line; end it with Ctrl-D");
    }
    BoundedLines lines = new BoundedLines(in, MAX_LINE_BYTES, ENDLESS_LINE_BYTES);
    // The first few bad line numbers and a count: a million bad lines must not fill memory.
    List<Integer> bad = new ArrayList<>();
    int badCount = 0;
    int answered = 0;
    BoundedLines.Line line;
    try (InputStream closing = stdin ? null : in) {
      while ((line = lines.next()) != null) {
        if (line.text().isBlank() && !line.tooLong()) {
          continue; // blank lines separate nothing in JSONL; skipping them loses nothing
        }
        BatchAnswer answer = answer(line);
        if (answer.bad()) {
          if (bad.size() < SHOWN_BAD) {
            bad.add(line.number());
          }
          badCount++;
        } else {
          answered++;
        }
        write(answer);
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
              + (badCount + answered)
              + " batch lines were bad (lines "
              + summary(bad, badCount)
              + "); the others were answered");
      return ExitCode.BAD_BATCH_LINES;
    }
    return ExitCode.OK;
  }

  private BatchAnswer answer(BoundedLines.Line line) {
    if (line.tooLong()) {
      return BatchAnswer.error(
          line.number(),
          line.number(),
          "line is "
              + line.bytes()
              + " bytes, over the limit of "
              + MAX_LINE_BYTES
              + "; shorten the text");
    }
    BatchLine parsed = BatchLine.parse(line.text());
    Object id = parsed.id() != null ? parsed.id() : line.number();
    if (parsed.error() != null) {
      return BatchAnswer.error(id, line.number(), parsed.error());
    }
    Recommendation rec = recommender.recommend(parsed.text(), top);
    return BatchAnswer.of(id, line.number(), rec);
  }

  /** The line and its newline in one write, then flushed and checked. */
  private void write(BatchAnswer answer) {
    String text;
    if (ctx.json()) {
      StringWriter json = new StringWriter();
      Json.writeLine(json, answer);
      text = json.toString();
    } else {
      text = textLine(answer) + "\n";
    }
    PrintWriter out = ctx.io().out();
    out.write(text);
    ctx.checkOutput();
  }

  private static String textLine(BatchAnswer a) {
    String id = Text.safe(String.valueOf(a.id()));
    if (a.bad()) {
      // The parser's message may quote the line's bytes, escape sequences included.
      return id + "\terror: " + Text.safe(a.error());
    }
    if (a.recommendations().isEmpty()) {
      return id + "\t-\tnothing fits";
    }
    return id + "\t" + a.recommendations().get(0).role() + "\t" + a.confidence();
  }

  private static String summary(List<Integer> bad, int badCount) {
    List<String> shown = bad.stream().map(String::valueOf).toList();
    return String.join(", ", shown) + (badCount > bad.size() ? ", …" : "");
  }
}
