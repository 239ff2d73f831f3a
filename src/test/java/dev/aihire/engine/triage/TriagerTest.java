package dev.aihire.engine.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.aihire.engine.team.Fixture;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Ranking the incident catalogue against a description, on the fixture knowledge. */
class TriagerTest {
  private final Triager triager = new Triager(Fixture.knowledge());

  @Test
  void causesAreRankedByTheWordsTheirSymptomsCover() {
    Triage t =
        triager.triage(
            "Latency is up and accuracy dropped since the research prototype" + " was handed off",
            null);

    assertThat(t.causes())
        .extracting(Triage.Cause::cause)
        .containsExactly("research-code", "broken-pipeline", "slow-serving");
    assertThat(t.causes().get(0).evidence()).containsExactly("research prototype", "handed off");
    assertThat(t.causes().get(0).score()).isEqualTo(4);
    assertThat(t.accountable()).isEqualTo("ml-engineer");
    assertThat(t.plan())
        .extracting(Triage.Step::kind)
        .containsExactly(
            Triage.StepKind.OPEN,
            Triage.StepKind.CHECK,
            Triage.StepKind.CHECK,
            Triage.StepKind.CHECK,
            Triage.StepKind.CLOSE);
  }

  @Test
  void symptomsSaidInTheNegativeDoNotCount() {
    Triage t = triager.triage("no timeouts and no latency problems, but missing values", null);

    assertThat(t.causes()).extracting(Triage.Cause::cause).containsExactly("broken-pipeline");
  }

  @Test
  void aTeamWithoutTheOwnerOfALikelyCauseNamesTheRoleToBringIn() {
    Triage t = triager.triage("the pipeline failed overnight, latency too", Set.of("ml-engineer"));

    assertThat(t.missing())
        .extracting(Triage.Missing::cause, Triage.Missing::role)
        .containsExactly(tuple("broken-pipeline", "data-engineer"));
    assertThat(t.plan().get(1).role()).isEqualTo("data-engineer");
    assertThat(t.plan().get(2).role()).isEqualTo("ml-engineer");
  }

  @Test
  void textThatIsNotAnIncidentFindsNothing() {
    Triage t = triager.triage("order new chairs for the office", null);

    assertThat(t.nothingFound()).isTrue();
    assertThat(t.accountable()).isNull();
    assertThat(t.plan()).isEmpty();
  }
}
