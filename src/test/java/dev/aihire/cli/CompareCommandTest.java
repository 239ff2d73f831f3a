package dev.aihire.cli;

import static dev.aihire.CliRun.cli;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aihire.CliRun;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompareCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void leadsWithTheDecisionThenDrawsTheTable() {
    CliRun.Result r = cli().env("COLUMNS", "80").run("compare", "ai-engineer", "ml-engineer");

    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("AI Engineer or Machine Learning Engineer?");
    assertThat(lines.indexOf("Which to hire")).isBetween(1, 25);
    assertThat(lines.indexOf("Key differences")).isGreaterThan(lines.indexOf("Which to hire"));
    assertThat(r.out())
        .contains(
            "── In one line",
            "── Models",
            "── Typical problems",
            "── Skills",
            "── Tools",
            "── A good sign",
            "── A red flag",
            "── Hire when",
            "── Wrong hire when",
            "builds with existing models",
            "builds models");
    assertThat(r.out().indexOf("Key differences"))
        .isLessThan(r.out().indexOf("│ Machine Learning Engineer"));
  }

  @ParameterizedTest(name = "{0} roles")
  @CsvSource({"2", "3", "10"})
  void theDecisionStartsWithinTheFirst25LinesAt80Columns(int count) {
    List<String> ids =
        List.of(
                "ai-engineer",
                "ml-engineer",
                "data-scientist",
                "data-engineer",
                "analytics-engineer",
                "data-analyst",
                "ml-researcher",
                "mlops-engineer",
                "ml-platform-engineer",
                "prompt-engineer")
            .subList(0, count);
    List<String> args = new ArrayList<>(List.of("compare"));
    args.addAll(ids);

    List<String> lines =
        cli().env("COLUMNS", "80").run(args.toArray(String[]::new)).out().lines().toList();

    assertThat(lines.indexOf("Which to hire")).isBetween(1, 24);
  }

  @Test
  void briefShowsOnlyTheDecision() {
    CliRun.Result r =
        cli().env("COLUMNS", "80").run("compare", "--brief", "ai-engineer", "ml-engineer");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .contains(
            "Which to hire",
            "Key differences",
            "Side by side: aihire compare ai-engineer ml-engineer")
        .doesNotContain("│", "── In one line");
  }

  @Test
  void wideTerminalsGetALabelColumn() {
    CliRun.Result r = cli().env("COLUMNS", "160").run("compare", "ai-engineer", "ml-engineer");

    assertThat(r.out())
        .contains("\nIn one line      │ A software engineer")
        .contains("\nTypical problems │ - ");
  }

  @Test
  void jsonListsTheRolesInTheOrderAskedWithTheirDifferences() throws Exception {
    CliRun.Result r = cli().run("--format", "json", "compare", "ml-engineer", "ai-engineer");

    assertThat(r.exitCode()).isZero();
    JsonNode doc = JSON.readTree(r.out());
    assertThat(doc.get("roles")).hasSize(2);
    assertThat(doc.get("roles").get(0).get("role").asText()).isEqualTo("ml-engineer");
    assertThat(doc.get("roles").get(0).get("name").asText()).isEqualTo("Machine Learning Engineer");
    assertThat(doc.get("roles").get(1).get("role").asText()).isEqualTo("ai-engineer");
    assertThat(doc.get("roles").get(1).get("model_relation").asText())
        .isEqualTo("builds-with-models");
    assertThat(doc.get("roles").get(1).get("skills").size()).isGreaterThan(4);
    assertThat(doc.get("differences")).isNotEmpty();
    assertThat(doc.get("differences").get(0).get("text").asText()).isNotBlank();
    assertThat(doc.get("which_to_hire")).isNotEmpty();
    assertThat(r.out()).doesNotContain("\u001b");
  }

  @Test
  void namesAndAliasesResolve() throws Exception {
    CliRun.Result r = cli().run("--format", "json", "compare", "research scientist", "MLE");

    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode roles = JSON.readTree(r.out()).get("roles");
    assertThat(roles.get(0).get("role").asText()).isEqualTo("ml-researcher");
    assertThat(roles.get(1).get("role").asText()).isEqualTo("ml-engineer");
  }

  @ParameterizedTest(name = "compare {0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ai-engineer nope|unknown role 'nope'; did you mean 'ml-engineer' or",
        "nope ai-engineer|unknown role 'nope'; did you mean 'ml-engineer' or",
        "ai-enginer ml-engineer|unknown role 'ai-enginer'; did you mean 'ai-engineer'",
        "ai-engineer|compare needs a second role to compare ai-engineer with; try 'aihire"
            + " compare ai-engineer ml-engineer'",
        "mle ml-engineer|'mle' and 'ml-engineer' are the same role (ml-engineer); try 'aihire"
            + " compare ml-engineer ai-engineer'",
        "ai-engineer ai-engineer|are the same role (ai-engineer)"
      })
  void usageErrorsExitTwoAndSayWhatToTypeInstead(String args, String message) {
    CliRun.Result r = cli().run(("compare " + args).split(" "));

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("aihire: ").contains(message);
  }

  @Test
  void noRolesAtAllIsAUsageError() {
    CliRun.Result r = cli().run("compare");

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("compare needs at least two roles");
  }

  @Test
  void colourIsOnlyStylingTheLayoutIsTheSame() {
    CliRun.Result plain =
        cli().env("COLUMNS", "80").run("compare", "mlops-engineer", "ml-platform-engineer");
    CliRun.Result coloured =
        cli()
            .env("COLUMNS", "80")
            .terminal()
            .run("compare", "mlops-engineer", "ml-platform-engineer");
    CliRun.Result noColor =
        cli()
            .env("COLUMNS", "80")
            .env("NO_COLOR", "1")
            .terminal()
            .run("compare", "mlops-engineer", "ml-platform-engineer");

    assertThat(coloured.out()).contains("\u001b[");
    assertThat(noColor.out()).doesNotContain("\u001b").isEqualTo(plain.out());
    assertThat(stripTrailing(coloured.out().replaceAll("\u001b\\[[0-9;]*m", "")))
        .isEqualTo(stripTrailing(plain.out()));
  }

  private static String stripTrailing(String text) {
    return String.join("\n", text.lines().map(String::stripTrailing).toList());
  }
}
