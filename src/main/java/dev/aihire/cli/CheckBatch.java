package dev.aihire.cli;

import dev.aihire.engine.check.CheckResult;
import dev.aihire.engine.check.Posting;
import dev.aihire.engine.check.PostingChecker;
import dev.aihire.engine.check.Verdict;
import dev.aihire.render.CheckRenderer;
import dev.aihire.render.Json;
import dev.aihire.shell.BoundedLines;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code check --batch}: one JSON line out for each posting, in order, always JSON (it feeds a CI
 * gate). Bad lines are answered with an error and counted; they decide the exit code before any
 * verdict does, since a gate that skipped postings has not passed them.
 */
final class CheckBatch {
  private final Context ctx;
  private final PostingChecker checker;
  private final CheckRenderer renderer;
  private final Set<Verdict> failing;
  private final int year = Year.now().getValue();
  private boolean failed;

  CheckBatch(Context ctx, PostingChecker checker, CheckRenderer renderer, Set<Verdict> failing) {
    this.ctx = ctx;
    this.checker = checker;
    this.renderer = renderer;
    this.failing = failing;
  }

  int run(String source) throws IOException {
    JsonlBatch batch = JsonlBatch.open(ctx, source, PostingReader.MAX_BYTES, Long.MAX_VALUE);
    batch.noteIfTyped("{\"title\": …, \"text\": …}");
    if (batch.run(this::badLine, "checked")) {
      return ExitCode.BAD_BATCH_LINES;
    }
    return failed ? ExitCode.NO : ExitCode.OK;
  }

  /** Checks one line's posting and writes its JSON line; true when the line was no posting. */
  private boolean badLine(BoundedLines.Line line) {
    PostingLine parsed = line.tooLong() ? null : PostingLine.parse(line.text());
    Object id = parsed != null && parsed.id() != null ? parsed.id() : line.number();
    String error =
        parsed == null
            ? "line is "
                + line.bytes()
                + " bytes, over the limit of "
                + PostingReader.MAX_BYTES
                + "; a posting is a few pages"
            : parsed.error();
    Object answer;
    if (error != null) {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("id", id);
      out.put("line", line.number());
      out.put("error", error);
      answer = out;
    } else {
      CheckResult r = checker.check(Posting.of(parsed.text(), parsed.title()), year);
      failed |= failing.contains(r.verdict());
      answer = renderer.view(id, line.number(), r);
    }
    StringWriter json = new StringWriter();
    Json.writeLine(json, answer);
    ctx.io().out().write(json.toString());
    ctx.checkOutput();
    return error != null;
  }
}
