package dev.aihire.cli;

import static dev.aihire.CliRun.cli;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aihire.CliRun.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a hiring manager sees of the 2026 roles: where titles lead, and warnings on titles. */
class RolesContentTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      Applied Scientist          | research-engineer
      Research Engineer          | research-engineer
      Machine Learning Scientist | ml-researcher
      AI PM                      | ai-product-manager
      Data Governance Lead       | ai-governance-lead
      Forward-Deployed Engineer  | ai-engineer
      Agent Engineer             | ai-engineer
      Inference Engineer         | ml-engineer
      ML Performance Engineer    | ml-engineer
      Data Architect             | data-engineer
      DataOps Engineer           | data-engineer
      Data Quality Engineer      | data-engineer
      """)
  void postingTitlesResolveToTheRoleThatDoesTheWork(String title, String id) {
    Result r = cli().run("roles", "--format", "json", title);
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("\"id\" : \"" + id + "\"");
  }

  @Test
  void aBusinessAnalystIsNotSilentlyADataAnalyst() {
    Result r = cli().run("roles", "Business Analyst");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("unknown role 'Business Analyst'");
  }

  @Test
  void theAiEngineerProfileWarnsThatTheTitleIsOverloaded() {
    Result r = cli().run("roles", "ai-engineer");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out().replaceAll("\\s+", " "))
        .contains("Note on the title: \"AI Engineer\" is an overloaded title");
  }
}
