package dev.aihire.cli;

import dev.aihire.engine.RoleFinder;
import dev.aihire.engine.kit.InterviewKit;
import dev.aihire.engine.kit.KitBuilder;
import dev.aihire.model.Knowledge;
import dev.aihire.render.KitRenderer;
import picocli.CommandLine.Model.CommandSpec;

/** {@code aihire kit ROLE}: an interview kit for the interviewers, Markdown by default. */
final class KitCommand implements AppCommand {
  @Override
  public CommandSpec spec() {
    CommandSpec spec =
        Specs.command(
            this,
            "kit",
            "An interview kit for a role: what to assess, the questions with strong and weak"
                + " answers, a scorecard and a work sample.",
            "",
            "Markdown by default (--format text or markdown); --format json for tools.");
    HelpLayout.examples(
        spec,
        "  aihire kit ai-engineer > ai-engineer-kit.md",
        "  aihire kit BI analyst --format json");
    HelpLayout.exitCodes(
        spec,
        "0:the kit was written",
        "2:no such role (the closest are suggested)",
        "3:the knowledge file cannot be read or is invalid");
    return spec.addPositional(
        Specs.wordsOfOne(
            Specs.required(
                Specs.positional(
                    "ROLE",
                    "1..*",
                    String.class,
                    CompletionWords.roles(),
                    "Role id, name or alias (e.g. ai-engineer, \"Research Scientist\", MLE); the"
                        + " words of a name may be given unquoted.")),
            "ROLE"));
  }

  @Override
  public int run(Context ctx, Args args) {
    Knowledge k = ctx.knowledge();
    InterviewKit kit =
        new KitBuilder(k).build(Lookup.role(new RoleFinder(k), String.join(" ", args.words())));
    KitRenderer renderer = new KitRenderer();
    // Markdown is what a kit is pasted as, so it is this command's text format too.
    ctx.emit(kit, out -> renderer.markdown(kit, out));
    return ExitCode.OK;
  }
}
