package dev.aihire.cli;

import dev.aihire.engine.recommend.Recommendation;
import dev.aihire.engine.recommend.Recommender;
import dev.aihire.render.Json;
import dev.aihire.render.Text;
import dev.aihire.shell.BoundedLines;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * {@code recommend --batch}: a line in, a line out, in order; bad lines answered and counted. Each
 * answer is written as one whole line and flushed before the next line is read, so a reader sees
 * answers as they come and an interrupted run never ends mid-line; a write that fails stops the
 * batch at once.
 */
final class RecommendBatch implements JsonlBatch.Answering<BatchAnswer> {
  static final int MAX_LINE_BYTES = 4 * 1024 * 1024;

  /** A "line" this long is no JSONL: stop instead of scanning it for ever. */
  static final long ENDLESS_LINE_BYTES = 64L * 1024 * 1024;

  private final Context ctx;
  private final Recommender recommender;
  private final int top;

  RecommendBatch(Context ctx, Recommender recommender, int top) {
    this.ctx = ctx;
    this.recommender = recommender;
    this.top = top;
  }

  int run(String source) throws IOException {
    JsonlBatch batch = JsonlBatch.open(ctx, source, MAX_LINE_BYTES, ENDLESS_LINE_BYTES);
    batch.noteIfTyped("{\"text\": …}");
    return batch.run(this, "answered") ? ExitCode.BAD_BATCH_LINES : ExitCode.OK;
  }

  /** The answer to one line, on any thread: the recommender is read-only once loaded. */
  @Override
  public BatchAnswer answer(BoundedLines.Line line) {
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

  /** The line and its newline in one write, then flushed and checked; true when it was bad. */
  @Override
  public boolean write(BatchAnswer answer) {
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
    return answer.bad();
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
}
