package dev.aihire.cli;

import dev.aihire.engine.check.CheckResult;
import dev.aihire.engine.check.Posting;
import dev.aihire.engine.check.PostingChecker;
import dev.aihire.engine.check.Verdict;
import dev.aihire.render.CheckRenderer;
import dev.aihire.render.Json;
import dev.aihire.render.Text;
import java.io.IOException;
import java.io.InputStream;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code aihire check}: does a job posting's work match its title, and what smells in it. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = {"Check a job posting: does the work match the title, and what in its wording"
        + " puts good candidates off.", "",
        "Examples:",
        "  aihire check posting.md",
        "  pbpaste | aihire check --title \"Senior Data Analyst\" -",
        "  aihire check --batch postings.jsonl --fail-on mismatch"},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every posting passed", "1:a verdict named in --fail-on",
        "2:usage: no posting, an empty or binary one, a bad --fail-on",
        "4:some batch lines were bad (takes precedence over 1)"})
final class CheckCommand implements Callable<Integer> {
  @ParentCommand RootCommand root;

  @Parameters(arity = "0..1", paramLabel = "FILE|-",
      description = "The posting, Markdown or plain text; '-' reads it from stdin.")
  String file;

  @Option(names = "--title", paramLabel = "TEXT",
      description = "The posting's title (default: its first heading, else its first line).")
  String title;

  @Option(names = "--batch", paramLabel = "FILE|-",
      description = "JSONL, one {\"id\", \"title\", \"text\"} a line; one JSON line out each.")
  String batch;

  @Option(names = "--fail-on", paramLabel = "VERDICTS", split = ",",
      description = "Verdicts that make the exit code 1 (default: mismatch,unicorn).")
  List<String> failOn = new ArrayList<>(List.of("mismatch", "unicorn"));

  @Override
  public Integer call() throws IOException {
    Set<Verdict> failing = failing();
    if (batch != null) {
      if (file != null || title != null) {
        throw AppException.usage("give either --batch or a posting (and --title), not both");
      }
      return new CheckBatch(root, new PostingChecker(root.knowledge()), failing).run(batch);
    }
    if (file == null) {
      throw AppException.usage("give the posting: aihire check FILE, or '-' to read it from"
          + " stdin, or --batch FILE");
    }
    Io io = root.io();
    String text;
    if (file.equals("-")) {
      if (io.stdinIsTerminal()) {
        io.err().println("aihire: reading the posting from the terminal; end it with Ctrl-D");
      }
      text = PostingReader.read(io.in(), "stdin");
    } else {
      try (InputStream in = InputFiles.open("check", file, "a posting file")) {
        text = PostingReader.read(in, file);
      }
    }
    CheckResult result = new PostingChecker(root.knowledge())
        .check(Posting.of(text, title), Year.now().getValue());
    CheckRenderer renderer = new CheckRenderer(root.knowledge(), root.style(), root.width());
    if (root.format() == Format.json) {
      renderer.json(result, io.out());
    } else {
      renderer.text(result, io.out());
    }
    return failing.contains(result.verdict()) ? ExitCode.NO : ExitCode.OK;
  }

  private Set<Verdict> failing() {
    Set<Verdict> out = new LinkedHashSet<>();
    for (String id : failOn) {
      if (id.isBlank() || id.equals("none")) {
        continue;
      }
      Verdict v = Verdict.fromId(id.strip());
      if (v == null) {
        throw AppException.usage("--fail-on: unknown verdict '" + Text.safe(id) + "'; use any"
            + " of match, mismatch, unicorn, vague, not-a-hire (or none)");
      }
      out.add(v);
    }
    return out;
  }

  /** One batch: a JSON line out for each posting, in order; bad lines answered and counted. */
  static final class CheckBatch {
    private final RootCommand root;
    private final PostingChecker checker;
    private final Set<Verdict> failing;

    CheckBatch(RootCommand root, PostingChecker checker, Set<Verdict> failing) {
      this.root = root;
      this.checker = checker;
      this.failing = failing;
    }

    int run(String source) throws IOException {
      Io io = root.io();
      InputStream in = source.equals("-") ? io.in()
          : InputFiles.open("--batch", source, "a JSONL file");
      BoundedLines lines = new BoundedLines(in, PostingReader.MAX_BYTES);
      CheckRenderer renderer = new CheckRenderer(root.knowledge(), root.style(), root.width());
      List<Integer> bad = new ArrayList<>();
      int badCount = 0;
      int total = 0;
      boolean failed = false;
      int year = Year.now().getValue();
      try (InputStream closing = in == io.in() ? null : in) {
        BoundedLines.Line line;
        while ((line = lines.next()) != null) {
          if (line.text().isBlank() && !line.tooLong()) {
            continue;
          }
          total++;
          Map<String, Object> out = new LinkedHashMap<>();
          PostingLine parsed = line.tooLong() ? null : PostingLine.parse(line.text());
          out.put("id", parsed != null && parsed.id() != null ? parsed.id() : line.number());
          out.put("line", line.number());
          String error = parsed == null ? "line is " + line.bytes() + " bytes, over the limit of "
              + PostingReader.MAX_BYTES : parsed.error();
          if (error != null) {
            out.put("error", error);
            if (bad.size() < 10) {
              bad.add(line.number());
            }
            badCount++;
            Json.writeLine(io.out(), out);
          } else {
            CheckResult r = checker.check(Posting.of(parsed.text(), parsed.title()), year);
            failed |= failing.contains(r.verdict());
            Json.writeLine(io.out(), renderer.view(out.get("id"), line.number(), r));
          }
          if (io.out().checkError()) {
            return ExitCode.OK; // the reader went away (| head): stop quietly
          }
        }
      }
      io.out().flush();
      if (badCount > 0) {
        io.err().println("aihire: " + badCount + " of " + total + " batch lines were bad (lines "
            + String.join(", ", bad.stream().map(String::valueOf).toList())
            + (badCount > bad.size() ? ", …" : "") + "); the others were checked");
        return ExitCode.BAD_BATCH_LINES;
      }
      return failed ? ExitCode.NO : ExitCode.OK;
    }
  }
}
