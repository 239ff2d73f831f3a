package dev.aihire.cli;

import dev.aihire.engine.recommend.Recommendation;
import dev.aihire.engine.recommend.Recommender;
import dev.aihire.render.Json;
import dev.aihire.render.RecommendRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code aihire recommend}: which role fits a hiring need, why, and how sure. */
@Command(name = "recommend", mixinStandardHelpOptions = true,
    description = {"Recommend the role to hire for a need written in your own words.", "",
        "Examples:",
        "  aihire recommend \"we need a support chatbot on our docs by Friday\"",
        "  pbpaste | aihire recommend -",
        "  aihire recommend --batch needs.jsonl --format json"})
final class RecommendCommand implements Callable<Integer> {
  /** A need longer than this is cut: the evidence of a need is in its first few pages. */
  static final int MAX_NEED_BYTES = 4 * 1024 * 1024;

  @ParentCommand RootCommand root;

  @Parameters(paramLabel = "TEXT", arity = "0..*",
      description = "The need, in your own words; '-' reads it from stdin.")
  List<String> words = new ArrayList<>();

  @Option(names = "--top", paramLabel = "N", description = "How many roles to list (default 3).")
  int top = 3;

  @Option(names = "--batch", paramLabel = "FILE|-",
      description = "JSONL input, one {\"id\": …, \"text\": …} a line; one answer a line out.")
  String batch;

  @Override
  public Integer call() throws IOException {
    if (top < 1 || top > 100) {
      throw AppException.usage("--top must be from 1 to 100, not " + top);
    }
    if (batch != null) {
      if (!words.isEmpty()) {
        throw AppException.usage("give either --batch or a need, not both");
      }
      return new BatchRun(root, root.recommender(), top).run(batch);
    }
    String need = need();
    Recommendation rec = root.recommender().recommend(need, top);
    Io io = root.io();
    if (root.format() == Format.json) {
      Json.writePretty(io.out(), rec);
    } else {
      new RecommendRenderer(root.style(), root.width()).render(rec, io.out());
    }
    if (rec.abstained() && root.format() == Format.text) {
      io.err().println("aihire: nothing in this need points to an AI or data role. If it should,"
          + " try the guided interview: aihire interview");
    }
    return ExitCode.OK;
  }

  private String need() throws IOException {
    if (words.isEmpty()) {
      throw AppException.usage("describe the need: aihire recommend \"TEXT\", or '-' to read it"
          + " from stdin, or --batch FILE");
    }
    String need;
    if (words.size() == 1 && words.get(0).equals("-")) {
      Io io = root.io();
      if (io.stdinIsTerminal()) {
        io.err().println("aihire: reading the need from the terminal; end it with Ctrl-D");
      }
      need = readBounded(io.in());
    } else {
      need = String.join(" ", words);
    }
    if (need.isBlank()) {
      throw AppException.usage("the need is empty; describe the work, e.g. aihire recommend"
          + " \"we need a chatbot on our docs\"");
    }
    return need;
  }

  private static String readBounded(InputStream in) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    byte[] buf = new byte[64 * 1024];
    int n;
    while ((n = in.read(buf)) > 0) {
      if (b.size() < MAX_NEED_BYTES) {
        b.write(buf, 0, Math.min(n, MAX_NEED_BYTES - b.size()));
      }
    }
    return b.toString(StandardCharsets.UTF_8);
  }

  /** One batch: a line in, a line out, in order; bad lines answered and counted. */
  static final class BatchRun {
    static final int MAX_LINE_BYTES = 4 * 1024 * 1024;
    static final int SHOWN_BAD = 10;

    private final RootCommand root;
    private final Recommender recommender;
    private final int top;

    BatchRun(RootCommand root, Recommender recommender, int top) {
      this.root = root;
      this.recommender = recommender;
      this.top = top;
    }

    int run(String source) throws IOException {
      Io io = root.io();
      InputStream in;
      if (source.equals("-")) {
        in = io.in();
      } else {
        in = InputFiles.open("--batch", source, "a JSONL file");
      }
      BoundedLines lines = new BoundedLines(in, MAX_LINE_BYTES);
      // The first few bad line numbers and a count: a million bad lines must not fill memory.
      List<Integer> bad = new ArrayList<>();
      int badCount = 0;
      int answered = 0;
      BoundedLines.Line line;
      try (InputStream closing = in == io.in() ? null : in) {
        while ((line = lines.next()) != null) {
          if (line.text().isBlank() && !line.tooLong()) {
            continue; // blank lines separate nothing in JSONL; skipping them loses nothing
          }
          Map<String, Object> out = answer(line);
          if (out.containsKey("error")) {
            if (bad.size() < SHOWN_BAD) {
              bad.add(line.number());
            }
            badCount++;
          } else {
            answered++;
          }
          if (root.format() == Format.json) {
            Json.writeLine(io.out(), out);
          } else {
            io.out().println(textLine(out));
          }
          if (io.out().checkError()) {
            return ExitCode.OK; // the reader went away (| head): stop quietly
          }
        }
      }
      io.out().flush();
      if (badCount > 0) {
        io.err().println("aihire: " + badCount + " of " + (badCount + answered)
            + " batch lines were bad (lines " + summary(bad, badCount)
            + "); the others were answered");
        return ExitCode.BAD_BATCH_LINES;
      }
      return ExitCode.OK;
    }

    private Map<String, Object> answer(BoundedLines.Line line) {
      Map<String, Object> out = new LinkedHashMap<>();
      if (line.tooLong()) {
        out.put("id", line.number());
        out.put("line", line.number());
        out.put("error", "line is " + line.bytes() + " bytes, over the limit of "
            + MAX_LINE_BYTES + "; shorten the text");
        return out;
      }
      BatchLine parsed = BatchLine.parse(line.text());
      out.put("id", parsed.id() != null ? parsed.id() : line.number());
      out.put("line", line.number());
      if (parsed.error() != null) {
        out.put("error", parsed.error());
        return out;
      }
      Recommendation rec = recommender.recommend(parsed.text(), top);
      out.put("recommendations", rec.recommendations().stream().map(m -> {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("role", m.role());
        r.put("name", m.name());
        r.put("score", m.score());
        r.put("why", m.why());
        return r;
      }).toList());
      out.put("confidence", rec.confidence());
      return out;
    }

    @SuppressWarnings("unchecked")
    private static String textLine(Map<String, Object> out) {
      String id = dev.aihire.render.Text.safe(String.valueOf(out.get("id")));
      if (out.containsKey("error")) {
        // The parser's message may quote the line's bytes, escape sequences included.
        return id + "\terror: " + dev.aihire.render.Text.safe(String.valueOf(out.get("error")));
      }
      List<Map<String, Object>> recs = (List<Map<String, Object>>) out.get("recommendations");
      if (recs.isEmpty()) {
        return id + "\t-\tnothing fits";
      }
      Map<String, Object> first = recs.get(0);
      return id + "\t" + first.get("role") + "\t" + out.get("confidence");
    }

    private static String summary(List<Integer> bad, int badCount) {
      List<String> shown = bad.stream().map(String::valueOf).toList();
      return String.join(", ", shown) + (badCount > bad.size() ? ", …" : "");
    }
  }
}
