package dev.aihire.engine.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading a team from words, and weighing it against the work, on the fixture knowledge. */
class TeamAuditorTest {
  private final TeamReader reader = new TeamReader(Fixture.knowledge());
  private final TeamAuditor auditor = new TeamAuditor(Fixture.knowledge());

  @Test
  void countsComeFromNumbersNegationsAndSharedHeadNouns() {
    List<TeamReader.Count> team =
        reader.read(
            "4 research scientists, two data folks, no ML or MLOps engineers, a data engineer");

    assertThat(team)
        .extracting(TeamReader.Count::role, TeamReader.Count::count)
        .containsExactly(
            tuple("ml-researcher", 4),
            tuple("data-scientist", 2),
            tuple("ml-engineer", 0),
            tuple("mlops-engineer", 0),
            tuple("data-engineer", 1));
    assertThat(team.get(2).quoted()).isEqualTo("no ML or MLOps engineers");
  }

  @Test
  void aNumberIsSharedByAShortenedNameButNotCarriedPastAWholeOne() {
    assertThat(reader.read("2 data scientists and mlops"))
        .extracting(TeamReader.Count::role, TeamReader.Count::count, TeamReader.Count::quoted)
        .containsExactly(
            tuple("data-scientist", 2, "2 data scientists"), tuple("mlops-engineer", 1, "mlops"));
    assertThat(reader.read("two ML or MLOps engineers"))
        .extracting(TeamReader.Count::role, TeamReader.Count::count)
        .containsExactly(tuple("ml-engineer", 2), tuple("mlops-engineer", 2));
    assertThat(reader.read("no data scientists or MLOps engineers"))
        .extracting(TeamReader.Count::role, TeamReader.Count::count)
        .containsExactly(tuple("data-scientist", 0), tuple("mlops-engineer", 0));
  }

  @Test
  void aTextWithoutRolesReadsAsNoTeam() {
    assertThat(reader.read("we like pizza and long walks")).isEmpty();
    assertThat(auditor.audit("we like pizza").team()).isEmpty();
  }

  @Test
  void gapsComeFirstByUrgencyThenSurplusesThenRisks() {
    AuditReport report =
        auditor.audit(
            "four research scientists, no MLE; models in production" + " and outages every week");

    assertThat(report.findings())
        .extracting(AuditReport.Finding::role, AuditReport.Finding::kind)
        .containsExactly(
            tuple("mlops-engineer", AuditReport.Kind.gap),
            tuple("ml-engineer", AuditReport.Kind.gap),
            tuple("ml-researcher", AuditReport.Kind.surplus),
            tuple("ml-researcher", AuditReport.Kind.risk));
    assertThat(report.findings().get(0).evidence()).containsExactly("outages", "in production");
    AuditReport.Finding surplus = report.findings().get(2);
    assertThat(surplus.count()).isEqualTo(4);
    assertThat(surplus.against()).isZero();
  }

  @Test
  void aBalancedTeamWithItsWorkCoveredHasNoFindings() {
    AuditReport report = auditor.audit("one ML engineer, a MLOps engineer; models in production");

    assertThat(report.findings()).isEmpty();
  }
}
