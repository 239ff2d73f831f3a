package dev.aihire.cli;

import static dev.aihire.CliRun.cli;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aihire.CliRun;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code aihire triage} end to end on the shipped knowledge: the cases of issue 17. */
class TriageCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final String SEED_INCIDENT =
      "A deployed model's latency has spiked 300% and accuracy"
          + " has degraded by 15% over the past week. The system involves a research prototype"
          + " recently handed off.";

  private static JsonNode json(CliRun.Result r) throws Exception {
    assertThat(r.exitCode()).as(r.err()).isZero();
    return JSON.readTree(r.out());
  }

  @Test
  void theSeedIncidentHasFourCausesWhoseOwnersSpanTheRolesInvolved() throws Exception {
    JsonNode doc = json(cli().run("--format", "json", "triage", SEED_INCIDENT));

    JsonNode causes = doc.get("causes");
    assertThat(causes.size()).isGreaterThanOrEqualTo(4);
    Set<String> owners = new HashSet<>();
    for (JsonNode c : causes) {
      assertThat(c.get("cause").asText()).isNotBlank();
      assertThat(c.get("checks")).isNotEmpty();
      assertThat(c.get("evidence")).isNotEmpty();
      c.get("owners").forEach(o -> owners.add(o.asText()));
    }
    assertThat(owners).contains("mlops-engineer", "ml-engineer", "data-engineer");
    assertThat(owners).containsAnyOf("ml-researcher", "research-engineer");
    assertThat(doc.get("accountable").asText())
        .isEqualTo(causes.get(0).get("owners").get(0).asText());
    assertThat(doc.get("plan").size()).isGreaterThanOrEqualTo(3);
    assertThat(doc.get("plan").get(0).get("role").asText())
        .isEqualTo(doc.get("accountable").asText());
    assertThat(doc.toString()).contains("research-code-in-production", "configuration-drift");
  }

  @Test
  void aRagBotWrongAfterAnEmbeddingModelSwitchIsTheAiEngineersFirst() throws Exception {
    JsonNode doc =
        json(
            cli()
                .run(
                    "--format",
                    "json",
                    "triage",
                    "Since we switched the embedding"
                        + " model last week, our RAG support bot answers from the wrong documents"));

    JsonNode first = doc.get("causes").get(0);
    assertThat(first.get("cause").asText()).isEqualTo("retrieval-embedding-change");
    assertThat(first.get("owners").get(0).asText()).isEqualTo("ai-engineer");
    assertThat(doc.get("accountable").asText()).isEqualTo("ai-engineer");
  }

  @Test
  void textThatIsNotAnIncidentFindsNothingAndSaysSoOnStderr() throws Exception {
    CliRun.Result r = cli().run("--format", "json", "triage", "order new chairs for the office");

    JsonNode doc = json(r);
    assertThat(doc.get("causes")).isEmpty();
    assertThat(doc.get("accountable").isNull()).isTrue();
    assertThat(r.err()).contains("nothing in this text describes a known kind of incident");
  }

  @Test
  void aTeamWithoutTheOwnerNamesTheRoleToBringIn() throws Exception {
    JsonNode doc =
        json(
            cli()
                .run(
                    "--format",
                    "json",
                    "triage",
                    "--team",
                    "3 data scientists",
                    "Our RAG bot gives wrong answers after we changed the embedding model"));

    assertThat(doc.get("missing").get(0).get("role").asText()).isEqualTo("ai-engineer");
    CliRun.Result text =
        cli()
            .env("COLUMNS", "80")
            .run(
                "triage",
                "--team",
                "3 data scientists",
                "Our RAG bot gives wrong answers after we changed the embedding model");
    assertThat(text.out()).contains("Missing on the team", "aihire roles ai-engineer");
  }

  @Test
  void emptyTextOrATeamWithoutRolesIsAUsageError() {
    CliRun.Result empty = cli().run("triage", "  ");
    CliRun.Result noTeam = cli().run("triage", "--team", "nice people", "latency is up");

    assertThat(empty.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(empty.err()).contains("the incident is empty");
    assertThat(noTeam.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(noTeam.err()).contains("no roles found in --team");
  }

  @Test
  void escapesInTheTextNeverReachTheTerminal() {
    CliRun.Result triage =
        cli()
            .env("COLUMNS", "80")
            .run(
                "triage",
                "latency \u001b]0;pwned\u0007 spiked after the \u001b[31mresearch prototype");
    CliRun.Result audit =
        cli()
            .env("COLUMNS", "80")
            .run(
                "team",
                "--audit",
                "4 research\u001b[2J scientists, no MLOps \u009bengineers; outages");

    assertThat(triage.exitCode()).isZero();
    assertThat(triage.out()).contains("Evidence:").doesNotContain("\u001b", "\u0007");
    assertThat(audit.exitCode()).isZero();
    assertThat(audit.out()).doesNotContain("\u001b", "\u009b");
  }
}
