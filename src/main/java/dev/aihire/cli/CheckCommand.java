package dev.aihire.cli;

import dev.aihire.engine.check.CheckResult;
import dev.aihire.engine.check.Posting;
import dev.aihire.engine.check.PostingChecker;
import dev.aihire.engine.check.Verdict;
import dev.aihire.render.CheckRenderer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Year;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;

/** {@code aihire check}: does a job posting's work match its title, and what smells in it. */
final class CheckCommand implements AppCommand {
  @Override
  public CommandSpec spec() {
    CommandSpec spec =
        Specs.command(
                this,
                "check",
                "Check a job posting: does the work match the title, and what in its wording puts"
                    + " good candidates off.")
            .addPositional(
                Specs.positional(
                    "FILE|-",
                    "0..1",
                    Path.class, // a Path, so that shells complete file names for it
                    "The posting, Markdown or plain text; '-' reads it from stdin."))
            .addOption(
                Specs.option(
                    "--title",
                    "TEXT",
                    String.class,
                    "The posting's title (default: its first heading, else its first line)."))
            .addOption(
                Specs.option(
                    "--batch",
                    "FILE|-",
                    Path.class,
                    "JSONL, one {\"id\", \"title\", \"text\"} a line; one JSON line out each."))
            .addOption(
                Specs.optionWithDefault(
                        "--fail-on",
                        "VERDICTS",
                        String.class,
                        "mismatch,unicorn",
                        "Verdicts that make the exit code 1, comma-separated, or none"
                            + " (default: mismatch,unicorn).")
                    .toBuilder()
                    .completionCandidates(
                        List.of("match", "mismatch", "unicorn", "vague", "not-a-hire", "none"))
                    .build());
    // In the footer, as every command's: the man page then lays them out one a line.
    HelpLayout.examples(
        spec,
        "  aihire check posting.md",
        "  pbpaste | aihire check --title \"Senior Data Analyst\" -",
        "  aihire check --batch postings.jsonl --fail-on mismatch");
    return HelpLayout.exitCodes(
        spec,
        "0:every posting passed",
        "1:a verdict named in --fail-on",
        "2:usage: no posting, an empty or binary one, a bad --fail-on",
        "3:the knowledge file cannot be read or is invalid",
        "4:some batch lines were bad (this takes precedence over 1)");
  }

  @Override
  public int run(Context ctx, Args args) throws IOException {
    Set<Verdict> failing = FailOn.parse(args.option("--fail-on"));
    Path given = args.positional();
    String file = given == null ? null : given.toString();
    String title = args.option("--title");
    String batch = args.fileName("--batch");
    PostingChecker checker = new PostingChecker(ctx.knowledge(), ctx.recommender());
    CheckRenderer renderer = new CheckRenderer(ctx.knowledge(), ctx.style(), ctx.width());
    if (batch != null) {
      if (file != null || title != null) {
        throw AppException.usage("give either --batch or a posting (and --title), not both");
      }
      return new CheckBatch(ctx, checker, renderer, failing).run(batch);
    }
    if (file == null) {
      throw AppException.usage(
          "give the posting: aihire check FILE, or '-' to read it from"
              + " stdin, or --batch FILE");
    }
    String text = PostingReader.argument(ctx, file);
    CheckResult result = checker.check(Posting.of(text, title), Year.now().getValue());
    ctx.emit(renderer.view(null, null, result), out -> renderer.text(result, out));
    return failing.contains(result.verdict()) ? ExitCode.NO : ExitCode.OK;
  }
}
