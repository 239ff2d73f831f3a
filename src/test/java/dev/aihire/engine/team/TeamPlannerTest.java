package dev.aihire.engine.team;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aihire.model.Stage;
import org.junit.jupiter.api.Test;

/** The planning mechanism on the fixture knowledge: prerequisites, unlocks, premature hires. */
class TeamPlannerTest {
  private final TeamPlanner planner = new TeamPlanner(Fixture.knowledge());

  @Test
  void aPrerequisiteTheNeedTriggersComesBeforeTheRecommendedHire() {
    TeamPlan plan = planner.plan("reduce churn; the numbers live in spreadsheets", 2, null);

    assertThat(plan.plan())
        .extracting(TeamPlan.Hire::role)
        .containsExactly("data-engineer", "data-scientist");
    TeamPlan.Hire first = plan.plan().get(0);
    assertThat(first.basis()).isEqualTo(TeamPlan.Basis.PREREQUISITE);
    assertThat(first.forRole()).isEqualTo("data-scientist");
    assertThat(first.evidence()).containsExactly("spreadsheets");
    assertThat(first.because()).isEqualTo("The data in one place.");
    assertThat(plan.plan().get(1).needsFirst())
        .extracting(TeamPlan.NeedsFirst::inPlan)
        .containsExactly(true);
  }

  @Test
  void withoutTheConditionTheRecommendedRoleLeads() {
    TeamPlan plan = planner.plan("reduce churn with an experiment", 1, null);

    assertThat(plan.plan()).extracting(TeamPlan.Hire::role).containsExactly("data-scientist");
    assertThat(plan.plan().get(0).why()).isNotEmpty();
  }

  @Test
  void unlockedHiresFollowAndPrematureOnesWaitWithTheirCondition() {
    TeamPlan plan = planner.plan("build a recommendation engine", 3, null);

    assertThat(plan.plan())
        .extracting(TeamPlan.Hire::role)
        .containsExactly("ml-engineer", "mlops-engineer");
    assertThat(plan.plan().get(1).basis()).isEqualTo(TeamPlan.Basis.UNLOCKED);
    assertThat(plan.plan().get(1).because()).isEqualTo("A served model.");
    assertThat(plan.notYet()).extracting(TeamPlan.NotYet::role).containsExactly("ml-researcher");
    assertThat(plan.notYet().get(0).condition())
        .isEqualTo("Only for a problem no existing method solves.");
  }

  @Test
  void theRightConditionInTheNeedMakesAPrematureHireRight() {
    TeamPlan plan = planner.plan("a recommendation engine where no existing method works", 3, null);

    assertThat(plan.plan()).extracting(TeamPlan.Hire::role).contains("ml-researcher");
    assertThat(plan.notYet()).isEmpty();
  }

  @Test
  void theBudgetOfHiresIsKeptAndTheStageIsReadFromTheNeed() {
    TeamPlan plan = planner.plan("a startup building a recommendation engine", 1, null);

    assertThat(plan.plan()).hasSize(1);
    assertThat(plan.stage()).isEqualTo(Stage.STARTUP);
    assertThat(plan.stageFromNeed()).isTrue();
    assertThat(planner.plan("churn experiment", 0, Stage.STARTUP).plan().get(0).stageNote())
        .isEqualTo("A generalist.");
    assertThat(TeamPlanner.defaultHires(Stage.FIRST_HIRE)).isEqualTo(1);
    assertThat(TeamPlanner.defaultHires(null)).isEqualTo(3);
  }

  @Test
  void aRiskPatternIsReportedForThePlannedTeam() {
    TeamPlan plan =
        planner.plan("publish a paper on a novel architecture, no existing method", 1, null);

    assertThat(plan.plan()).extracting(TeamPlan.Hire::role).containsExactly("ml-researcher");
    assertThat(plan.risks()).extracting(TeamPlan.RiskFound::id).containsExactly("research-alone");
  }

  @Test
  void aNeedNothingFitsHasNoPlan() {
    TeamPlan plan = planner.plan("order new chairs for the office", 3, null);

    assertThat(plan.plan()).isEmpty();
    assertThat(plan.notYet()).isEmpty();
  }
}
