package dev.aihire.cli;

import dev.aihire.engine.check.CheckResult;
import dev.aihire.engine.check.Posting;
import dev.aihire.engine.check.PostingChecker;
import dev.aihire.engine.check.Verdict;
import dev.aihire.render.CheckRenderer;
import dev.aihire.render.Json;
import dev.aihire.shell.BoundedLines;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code check --batch}: one JSON line out for each posting, in order, always JSON (it feeds a CI
 * gate). Bad lines are answered with an error and counted; they decide the exit code before any
 * verdict does, since a gate that skipped postings has not passed them.
 */
final class CheckBatch {
  static final int SHOWN_BAD = 10;

  private final Context ctx;
  private final PostingChecker checker;
  private final CheckRenderer renderer;
  private final Set<Verdict> failing;

  CheckBatch(Context ctx, PostingChecker checker, CheckRenderer renderer, Set<Verdict> failing) {
    this.ctx = ctx;
    this.checker = checker;
    this.renderer = renderer;
    this.failing = failing;
  }

  int run(String source) throws IOException {
    boolean stdin = source.equals("-");
    InputStream in =
        stdin
            ? ctx.stdin("give the batch as a file: --batch FILE")
            : InputFiles.open("--batch", source, "a JSONL file");
    BoundedLines lines = new BoundedLines(in, PostingReader.MAX_BYTES);
    List<Integer> bad = new ArrayList<>();
    int badCount = 0;
    int total = 0;
    boolean failed = false;
    int year = Year.now().getValue();
    try (InputStream closing = stdin ? null : in) {
      BoundedLines.Line line;
      while ((line = lines.next()) != null) {
        if (line.text().isBlank() && !line.tooLong()) {
          continue; // blank lines separate nothing in JSONL
        }
        total++;
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
          if (bad.size() < SHOWN_BAD) {
            bad.add(line.number());
          }
          badCount++;
        } else {
          CheckResult r = checker.check(Posting.of(parsed.text(), parsed.title()), year);
          failed |= failing.contains(r.verdict());
          answer = renderer.view(id, line.number(), r);
        }
        StringWriter json = new StringWriter();
        Json.writeLine(json, answer);
        ctx.io().out().write(json.toString());
        ctx.checkOutput();
      }
    }
    if (badCount > 0) {
      ctx.note(
          badCount
              + " of "
              + total
              + " batch lines were bad (lines "
              + String.join(", ", bad.stream().map(String::valueOf).toList())
              + (badCount > bad.size() ? ", …" : "")
              + "); the others were checked");
      return ExitCode.BAD_BATCH_LINES;
    }
    return failed ? ExitCode.NO : ExitCode.OK;
  }
}
