package dev.aihire.cli;

import dev.aihire.engine.team.TeamReader;
import dev.aihire.engine.triage.Triage;
import dev.aihire.engine.triage.Triager;
import dev.aihire.render.TriageRenderer;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;

/** {@code aihire triage}: from a production incident to its likely causes and their owners. */
final class TriageCommand implements AppCommand {
  @Override
  public CommandSpec spec() {
    CommandSpec spec =
        Specs.command(
            this,
            "triage",
            "From a production incident to its likely causes, their owners and checks.",
            "",
            "Also names the accountable role and the steps of the joint investigation.");
    HelpLayout.examples(
        spec,
        "  aihire triage \"latency up 300%% and accuracy down 15%% since the hand-off\"",
        "  aihire triage --team \"2 data scientists\" \"the RAG bot answers wrongly\"",
        "  cat incident.txt | aihire triage -");
    HelpLayout.exitCodes(
        spec,
        "0:answered (also when the text is no incident: no causes, a hint on stderr)",
        "2:usage: an empty incident, a --team naming no role",
        "3:the knowledge file cannot be read or is invalid",
        "74:the output could not be written");
    return spec.addPositional(
            Specs.positional(
                "TEXT",
                "0..*",
                String.class,
                "The incident in your own words; '-' reads it from stdin."))
        .addOption(
            Specs.option(
                "--team",
                "TEAM",
                String.class,
                "The team on call, in words (\"2 ML engineers, 1 data engineer\"); names the roles"
                    + " it lacks for the likely causes."));
  }

  @Override
  public int run(Context ctx, Args args) throws IOException {
    String team = args.option("--team");
    Set<String> present = team == null ? null : present(ctx, team);
    String incident =
        TextArgument.read(
            ctx,
            args.words(),
            "incident",
            "aihire triage \"latency tripled since yesterday's deploy\"");
    Triage t = new Triager(ctx.knowledge()).triage(incident, present);
    ctx.emit(
        TriageRenderer.json(t), out -> new TriageRenderer(ctx.style(), ctx.width()).render(t, out));
    if (t.nothingFound()) {
      ctx.note(
          "nothing in this text describes a known kind of incident. Say what broke and how"
              + " it shows, e.g. \"answers got slow\" or \"accuracy dropped after the deploy\"");
    }
    return ExitCode.OK;
  }

  private static Set<String> present(Context ctx, String description) {
    List<TeamReader.Count> counts = new TeamReader(ctx.knowledge()).read(description);
    if (counts.isEmpty()) {
      throw AppException.usage(
          "no roles found in --team; name them with counts, e.g. --team"
              + " \"2 ML engineers, 1 data engineer\" ('aihire roles' lists the names)");
    }
    return counts.stream()
        .filter(c -> c.count() > 0)
        .map(TeamReader.Count::role)
        .collect(Collectors.toSet());
  }
}
