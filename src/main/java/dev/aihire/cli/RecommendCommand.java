package dev.aihire.cli;

import dev.aihire.engine.recommend.Recommendation;
import dev.aihire.render.Json;
import dev.aihire.render.RecommendJson;
import dev.aihire.render.RecommendRenderer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/** {@code aihire recommend}: which role fits a hiring need, why, and how sure. */
final class RecommendCommand implements AppCommand {
  /** How many roles an answer lists unless --top says (also {@link QuickLine}'s default). */
  static final int DEFAULT_TOP = 3;

  @Override
  public CommandSpec spec() {
    CommandSpec spec =
        Specs.command(
            this, "recommend", "Recommend the role to hire for a need written in your own words.");
    HelpLayout.examples(
        spec,
        "  aihire recommend \"we need a support chatbot on our docs by Friday\"",
        "  pbpaste | aihire recommend -",
        "  aihire recommend --batch needs.jsonl --format json");
    HelpLayout.exitCodes(
        spec,
        "0:answered (also when nothing fits: an empty list, a hint on stderr)",
        "2:usage: a bad option, an empty need, a --batch file that cannot be read",
        "3:the knowledge file cannot be read or is invalid",
        "4:some --batch lines were bad; every good one was answered",
        "74:the output could not be written");
    return spec.addPositional(
            Specs.positional(
                "TEXT",
                "0..*",
                String.class,
                "The need, in your own words; '-' reads it from stdin."))
        .addOption(
            Specs.optionWithDefault(
                "--top",
                "N",
                int.class,
                DEFAULT_TOP,
                "How many roles to list (default " + DEFAULT_TOP + ")."))
        .addOption(
            Specs.option(
                "--batch",
                "FILE|-",
                Path.class, // a Path, so that shells complete file names for it
                "JSONL input, one {\"id\": …, \"text\": …} a line; one answer a line out."));
  }

  @Override
  public int run(Context ctx, Args args) throws IOException {
    int top = args.option("--top");
    String batch = args.fileName("--batch");
    List<String> words = args.words();
    if (top < 1 || top > 100) {
      throw AppException.usage("--top must be from 1 to 100, not " + top);
    }
    if (batch != null) {
      if (!words.isEmpty()) {
        throw AppException.usage("give either --batch or a need, not both");
      }
      return new RecommendBatch(ctx, ctx.recommender(), top).run(batch);
    }
    String need = TextArgument.need(ctx, words);
    Recommendation rec = ctx.recommender().recommend(need, top);
    // Written out rather than through ctx.emit's lambda view: linking a lambda costs every
    // one-line answer start-up time (docs/performance.md).
    if (ctx.json()) {
      Json.writePretty(ctx.io().out(), RecommendJson.of(rec));
    } else {
      new RecommendRenderer(ctx.style(), ctx.width()).render(rec, ctx.io().out());
    }
    ctx.checkOutput();
    if (rec.abstained() && !ctx.json()) {
      ctx.note(
          "nothing in this need points to an AI or data role. If it should, try the"
              + " guided interview: aihire interview");
    }
    return ExitCode.OK;
  }
}
