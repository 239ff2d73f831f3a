package dev.aihire.cli;

import dev.aihire.engine.team.TeamReader;
import dev.aihire.engine.triage.Triage;
import dev.aihire.engine.triage.Triager;
import dev.aihire.render.Json;
import dev.aihire.render.TriageRenderer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code aihire triage}: from a production incident to its likely causes and their owners. */
@Command(name = "triage", mixinStandardHelpOptions = true,
    description = {"List the likely causes of a production incident, who owns each, how to",
        "check it, who is accountable, and the steps of the investigation.", "",
        "Examples:",
        "  aihire triage \"latency up 300% and accuracy down 15% since the hand-off\"",
        "  aihire triage --team \"2 data scientists, 1 data engineer\" \"the RAG bot is wrong\"",
        "  cat incident.txt | aihire triage -"})
final class TriageCommand implements Callable<Integer> {
  @ParentCommand RootCommand root;

  @Parameters(paramLabel = "TEXT", arity = "0..*",
      description = "The incident in your own words; '-' reads it from stdin.")
  List<String> words = new ArrayList<>();

  @Option(names = "--team", paramLabel = "TEAM",
      description = "The team on call, in words (\"2 ML engineers, 1 data engineer\"): names the"
          + " roles missing for the likely causes.")
  String team;

  @Override
  public Integer call() throws IOException {
    Io io = root.io();
    Set<String> present = team == null ? null : present(team);
    String incident = TextArgument.read(words, io, "incident",
        "aihire triage \"latency tripled since yesterday's deploy\"");
    Triage t = new Triager(root.knowledge()).triage(incident, present);
    if (root.format() == Format.json) {
      Json.writePretty(io.out(), TriageRenderer.json(t));
    } else {
      new TriageRenderer(root.style(), root.width()).render(t, io.out());
    }
    if (t.nothingFound()) {
      io.err().println("aihire: nothing in this text describes a known kind of incident. Say what"
          + " broke and how it shows, e.g. \"answers got slow\" or \"accuracy dropped\"");
    }
    return ExitCode.OK;
  }

  private Set<String> present(String description) {
    if (description.isBlank()) {
      throw AppException.usage("--team is empty; describe the team, e.g. --team \"2 ML"
          + " engineers, 1 data engineer\"");
    }
    List<TeamReader.Count> counts = new TeamReader(root.knowledge()).read(description);
    if (counts.isEmpty()) {
      throw AppException.usage("no roles found in --team; name them with counts, e.g. --team"
          + " \"2 ML engineers, 1 data engineer\" (aihire roles lists the names)");
    }
    return counts.stream().filter(c -> c.count() > 0).map(TeamReader.Count::role)
        .collect(Collectors.toSet());
  }
}
