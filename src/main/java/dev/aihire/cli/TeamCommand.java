package dev.aihire.cli;

import dev.aihire.engine.team.TeamPlan;
import dev.aihire.engine.team.TeamPlanner;
import dev.aihire.model.Stage;
import dev.aihire.render.TeamRenderer;
import java.io.IOException;
import picocli.CommandLine.Model.CommandSpec;

/** {@code aihire team}: an ordered hiring plan for a need, or an audit of an existing team. */
final class TeamCommand implements AppCommand {
  @Override
  public CommandSpec spec() {
    CommandSpec spec =
        Specs.command(
            this,
            "team",
            "Plan the hires for a need, in order, or audit a team you already have.",
            "",
            "Each hire says why, what it needs first and what it makes possible next.");
    HelpLayout.examples(
        spec,
        "  aihire team --hires 3 \"a startup's first recommendation engine\"",
        "  aihire team --stage enterprise \"reduce churn; data in Stripe and spreadsheets\"",
        "  aihire team --audit \"4 research scientists, no MLOps engineers, outages\"");
    HelpLayout.exitCodes(
        spec,
        "0:answered (also when no hire fits: an empty plan, a hint on stderr)",
        "2:usage: an empty need, --hires outside 1..10, an unknown --stage, an audit"
            + " naming no role",
        "3:the knowledge file cannot be read or is invalid",
        "74:the output could not be written");
    return spec.addPositional(
            Specs.positional(
                "TEXT",
                "0..*",
                String.class,
                "The need (with --audit: the team) in your own words; '-' reads stdin."))
        .addOption(
            Specs.option(
                "--hires",
                "N",
                Integer.class,
                "How many hires to plan, 1 to 10 (default 3; 1 for a first hire)."))
        .addOption(
            Specs.converted(
                "--stage",
                "STAGE",
                String.class,
                null,
                s -> s,
                Stage.ids(),
                "The company's stage: first-hire, startup, scale-up or enterprise"
                    + " (default: read from the need, when it says)."))
        .addOption(
            Specs.flag(
                "--audit", "Read TEXT as a team and audit it against the work it mentions."));
  }

  @Override
  public int run(Context ctx, Args args) throws IOException {
    Integer hires = args.option("--hires");
    String stage = args.option("--stage");
    if (args.<Boolean>option("--audit")) {
      if (hires != null || stage != null) {
        throw AppException.usage(
            "--hires and --stage plan new hires; --audit reads an existing"
                + " team. Give one or the other");
      }
      return TeamAudit.run(ctx, args.words());
    }
    TeamPlanOptions options = TeamPlanOptions.of(hires, stage);
    String need =
        TextArgument.read(
            ctx, args.words(), "need", "aihire team \"a startup's first recommendation engine\"");
    TeamPlan plan =
        new TeamPlanner(ctx.knowledge(), ctx.recommender())
            .plan(need, options.hires(), options.stage());
    ctx.emit(
        TeamRenderer.json(plan),
        out -> new TeamRenderer(ctx.style(), ctx.width()).render(plan, out));
    if (plan.plan().isEmpty()) {
      ctx.note(
          "nothing in this need points to an AI or data hire. If it should, describe the"
              + " work or the data, or try the guided interview: aihire interview");
    }
    return ExitCode.OK;
  }
}
