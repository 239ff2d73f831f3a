package dev.aihire.cli;

import static dev.aihire.CliRun.cli;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aihire.CliRun;
import dev.aihire.Golden;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seed 003's exercises as golden text at 80 columns, without colour: scoping a team for churn,
 * three hires for a startup's first recommendation engine, a team audit, and the triage of an
 * incident after a research hand-off. The expected plans are the project's own answers; review a
 * diff here as a change of advice.
 */
class TeamTriageGoldenTest {

  static Stream<Arguments> exercises() {
    return Stream.of(
        Arguments.of(
            "team-churn-80.txt",
            new String[] {
              "team",
              "We need to reduce customer"
                  + " churn. Our customer data is in Stripe, the app database and spreadsheets."
            }),
        Arguments.of(
            "team-recommendations-80.txt",
            new String[] {
              "team",
              "--hires",
              "3",
              "A startup needs to build its first recommendation engine from our purchase"
                  + " history; the algorithm is standard."
            }),
        Arguments.of("team-audit-80.txt", new String[] {"team", "--audit", TeamCommandTest.AUDIT}),
        Arguments.of(
            "triage-handoff-80.txt", new String[] {"triage", TriageCommandTest.SEED_INCIDENT}));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("exercises")
  void seedExercise(String golden, String[] args) {
    CliRun.Result r = cli().env("COLUMNS", "80").run(args);

    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).doesNotContain("\u001b");
    assertThat(r.out().lines()).allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(80));
    Golden.assertMatches(golden, r.out());
  }
}
