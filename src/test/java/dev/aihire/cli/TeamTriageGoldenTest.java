package dev.aihire.cli;

import static dev.aihire.CliRun.cli;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aihire.CliRun;
import dev.aihire.Golden;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Seed 003's exercises as golden text at 80 columns, without colour: scoping a team for churn,
 * three hires for a startup's first recommendation engine, a team audit, and the triage of an
 * incident after a research hand-off. The expected plans are the project's own answers; review
 * a diff here as a change of advice.
 */
class TeamTriageGoldenTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '#', textBlock = """
      team-churn-80.txt            # team|We need to reduce customer churn. Our customer data is in Stripe, the app database and spreadsheets.
      team-recommendations-80.txt  # team|--hires|3|A startup needs to build its first recommendation engine from our purchase history; the algorithm is standard.
      team-audit-80.txt            # team|--audit|4 research scientists, 1 data scientist, no ML or MLOps engineers; six models in production and outages every week
      triage-handoff-80.txt        # triage|A deployed model's latency has spiked 300% and accuracy has degraded by 15% over the past week. The system involves a research prototype recently handed off.
      """)
  void seedExercise(String golden, String args) {
    CliRun.Result r = cli().env("COLUMNS", "80").run(args.split("\\|"));

    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).doesNotContain("\u001b");
    assertThat(r.out().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
    Golden.assertMatches(golden, r.out());
  }
}
