package dev.aihire.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aihire.model.Incident;
import dev.aihire.model.Knowledge;
import dev.aihire.model.Role;
import dev.aihire.model.TeamPlanning;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The team, team_audit and incidents sections: shipped content and one rule per fixture. */
class StaffingKnowledgeTest {
  static final Path FIXTURES = Path.of("src/test/resources/knowledge");

  @Test
  void everyShippedRoleHasPlanningKnowledgeAndTheCatalogueCoversTheIssuesIncidents()
      throws Exception {
    Knowledge k = KnowledgeLoader.load(Path.of("roles.yaml"));

    List<String> planned = k.team().roles().stream().map(TeamPlanning.RolePlan::role).toList();
    for (Role r : k.roles()) {
      assertThat(planned).as("team entry for %s", r.id()).contains(r.id());
    }
    assertThat(k.incidents())
        .extracting(Incident::id)
        .contains(
            "data-pipeline-break",
            "train-serve-skew",
            "data-drift",
            "concept-drift",
            "serving-latency",
            "configuration-drift",
            "research-code-in-production",
            "provider-rate-limit",
            "provider-model-change",
            "prompt-regression",
            "retrieval-embedding-change");
    for (Incident i : k.incidents()) {
      assertThat(i.checks()).as(i.id()).hasSizeGreaterThanOrEqualTo(2);
      assertThat(i.symptoms()).as(i.id()).hasSizeGreaterThanOrEqualTo(5);
    }
    assertThat(k.team().roles())
        .filteredOn(p -> p.premature() != null)
        .extracting(TeamPlanning.RolePlan::role)
        .contains("mlops-engineer", "ml-platform-engineer", "ml-researcher");
    assertThat(k.teamAudit().needs()).isNotEmpty();
    assertThat(k.teamAudit().balance()).isNotEmpty();
  }

  /** One fixture per rule: where the problem is and the words a user needs. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      incident-unknown-owner      | 93:27 | 'mlops-enginer' is not a role id
      team-unknown-stage          | 94:17 | stage 'growth' must be one of first-hire, startup
      team-premature-never-right  | 93:9  | give 'right_when' phrases or 'right_after' roles
      audit-bad-need              | 92:14 | the phrase '...' in 'when' has no words to match
      """)
  void invalidSectionsAreReportedWithTheirLocation(String fixture, String at, String message) {
    Path file = FIXTURES.resolve("invalid/" + fixture + ".yaml");

    assertThatThrownBy(() -> KnowledgeLoader.load(file))
        .isInstanceOfSatisfying(
            KnowledgeException.class,
            e ->
                assertThat(e.problems())
                    .anySatisfy(
                        p ->
                            assertThat(p.toString())
                                .startsWith(file + ":" + at + ": ")
                                .contains(message)));
  }
}
