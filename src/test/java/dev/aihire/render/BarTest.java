package dev.aihire.render;

import static dev.aihire.CliRun.cli;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aihire.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bars beside scores: blocks on a UTF-8 terminal, '#' elsewhere, never in JSON. */
class BarTest {
  private static final Style BLOCKS = new Style(false, true);
  private static final String NEED =
      "we need dashboards and SQL reports plus a pipeline from" + " our CRM into the warehouse";

  @ParameterizedTest(name = "{0} -> ''{1}'' / ''{2}''")
  @CsvSource(
      delimiter = '|',
      value = {
        "0    | ''          | ''",
        "0.01 | #          | ▏",
        "0.5  | #####      | █████",
        "0.64 | ######     | ██████▍",
        "1    | ########## | ██████████",
        "1.7  | ########## | ██████████"
      })
  void drawsTheShare(double fraction, String hashes, String blocks) {
    assertThat(Bar.of(fraction, Style.plain())).isEqualTo(hashes);
    assertThat(Bar.of(fraction, BLOCKS)).isEqualTo(blocks);
  }

  @Test
  void recommendDrawsHashBarsOffATerminal() {
    CliRun.Result r = cli().env("LANG", "en_US.UTF-8").run("recommend", NEED);

    assertThat(r.out())
        .containsPattern("score 0\\.\\d\\d #+\n")
        .containsPattern("\n  analytics-engineer +0\\.\\d\\d #+\n")
        .doesNotContain("█");
  }

  @Test
  void recommendDrawsBlocksOnAUtf8Terminal() {
    CliRun.Result r =
        cli().terminal().env("LANG", "en_US.UTF-8").run("--color", "never", "recommend", NEED);

    assertThat(r.out()).containsPattern("score 0\\.\\d\\d [█▏▎▍▌▋▊▉]+\n");
  }

  @Test
  void aTerminalWithoutUtf8GetsHashes() {
    CliRun.Result r =
        cli()
            .terminal()
            .env("LC_ALL", "C")
            .env("LANG", "en_US.UTF-8")
            .run("--color", "never", "recommend", NEED);

    assertThat(r.out()).containsPattern("score 0\\.\\d\\d #+\n").doesNotContain("█");
  }

  @Test
  void jsonHasNoBars() {
    CliRun.Result r =
        cli().terminal().env("LANG", "en_US.UTF-8").run("--format", "json", "recommend", NEED);

    assertThat(r.out()).doesNotContain("█", "##");
  }

  @Test
  void theInterviewSummaryHasBarsBesideTheProbabilities() {
    CliRun.Result r = cli().stdin("1\n2\n1\n1\n1\n1\n").run("interview");

    assertThat(r.out()).containsPattern("Hire: .* score 0\\.\\d\\d #+\n");
  }
}
