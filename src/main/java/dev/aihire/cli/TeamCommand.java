package dev.aihire.cli;

import dev.aihire.engine.team.AuditReport;
import dev.aihire.engine.team.TeamAuditor;
import dev.aihire.engine.team.TeamPlan;
import dev.aihire.engine.team.TeamPlanner;
import dev.aihire.model.Stage;
import dev.aihire.render.AuditRenderer;
import dev.aihire.render.Json;
import dev.aihire.render.TeamRenderer;
import dev.aihire.render.Text;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code aihire team}: an ordered hiring plan for a need, or an audit of an existing team. */
@Command(name = "team", mixinStandardHelpOptions = true,
    description = {"Plan the hires for a need, in order, or audit a team you already have.", "",
        "Examples:",
        "  aihire team --hires 3 \"a startup's first recommendation engine\"",
        "  aihire team --stage enterprise \"reduce churn; data in Stripe and spreadsheets\"",
        "  aihire team --audit \"4 research scientists, no MLOps engineers, outages weekly\""})
final class TeamCommand implements Callable<Integer> {
  static final int MAX_HIRES = 10;

  @ParentCommand RootCommand root;

  @Parameters(paramLabel = "TEXT", arity = "0..*",
      description = "The need (or, with --audit, the team) in your own words; '-' reads stdin.")
  List<String> words = new ArrayList<>();

  @Option(names = "--hires", paramLabel = "N",
      description = "How many hires to plan, 1 to 10 (default 3; 1 for a first hire).")
  Integer hires;

  @Option(names = "--stage", paramLabel = "first-hire|startup|scale-up|enterprise",
      description = "The company's stage (default: read from the need, if it says).")
  String stage;

  @Option(names = "--audit",
      description = "Read TEXT as a description of a team and audit it against its work.")
  boolean audit;

  @Override
  public Integer call() throws IOException {
    Io io = root.io();
    if (audit) {
      if (hires != null || stage != null) {
        throw AppException.usage("--hires and --stage plan new hires; --audit reads an existing"
            + " team. Give one or the other");
      }
      return audit(TextArgument.read(words, io, "team",
          "aihire team --audit \"2 data scientists, no data engineers\""));
    }
    if (hires != null && (hires < 1 || hires > MAX_HIRES)) {
      throw AppException.usage("--hires must be from 1 to " + MAX_HIRES + ", not " + hires);
    }
    Stage chosen = stage == null ? null : Stage.fromId(stage);
    if (stage != null && chosen == null) {
      throw AppException.usage("--stage must be one of " + String.join(", ", Stage.ids())
          + ", not '" + Text.safe(stage) + "'");
    }
    String need = TextArgument.read(words, io, "need",
        "aihire team \"a startup's first recommendation engine\"");
    TeamPlan plan = new TeamPlanner(root.knowledge()).plan(need, hires == null ? 0 : hires,
        chosen);
    if (root.format() == Format.json) {
      Json.writePretty(io.out(), TeamRenderer.json(plan));
    } else {
      new TeamRenderer(root.style(), root.width()).render(plan, io.out());
    }
    if (plan.plan().isEmpty()) {
      io.err().println("aihire: nothing in this need points to an AI or data hire. If it should,"
          + " describe the work or the data, or try: aihire interview");
    }
    return ExitCode.OK;
  }

  private int audit(String description) {
    AuditReport report = new TeamAuditor(root.knowledge()).audit(description);
    if (report.team().isEmpty()) {
      throw AppException.usage("no roles found in the team description; name them with counts,"
          + " e.g. \"3 data scientists, 1 ML engineer, no data engineers\" (aihire roles lists"
          + " the names)");
    }
    AuditRenderer renderer = new AuditRenderer(root.style(), root.width(), root.knowledge());
    if (root.format() == Format.json) {
      Json.writePretty(root.io().out(), renderer.json(report));
    } else {
      renderer.render(report, root.io().out());
    }
    return ExitCode.OK;
  }
}
