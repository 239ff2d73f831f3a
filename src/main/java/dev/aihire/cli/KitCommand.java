package dev.aihire.cli;

import dev.aihire.engine.RoleFinder;
import dev.aihire.engine.kit.InterviewKit;
import dev.aihire.engine.kit.KitBuilder;
import dev.aihire.model.Knowledge;
import dev.aihire.render.KitRenderer;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code aihire kit ROLE}: an interview kit for the interviewers, Markdown by default. */
@Command(name = "kit", mixinStandardHelpOptions = true,
    description = {"An interview kit for a role: what to assess, the questions with strong and"
        + " weak answers, a scorecard and a work sample.", "",
        "Examples:",
        "  aihire kit ai-engineer > ai-engineer-kit.md",
        "  aihire kit \"BI analyst\" --format json", "",
        "--format markdown (the default here, as --format text) or json."})
final class KitCommand implements Callable<Integer> {
  @ParentCommand RootCommand root;

  @Parameters(paramLabel = "ROLE",
      description = "Role id, name or alias (e.g. ai-engineer, \"Research Scientist\", MLE).")
  String role;

  @Override
  public Integer call() {
    Knowledge k = root.knowledge();
    InterviewKit kit = new KitBuilder(k).build(Lookup.role(new RoleFinder(k), role));
    // Markdown is what a kit is pasted as, so it is this command's text format too.
    if (root.format() == Format.json) {
      new KitRenderer().json(kit, root.io().out());
    } else {
      new KitRenderer().markdown(kit, root.io().out());
    }
    return ExitCode.OK;
  }
}
