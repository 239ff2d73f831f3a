package dev.aihire.cli;

import static dev.aihire.CliRun.cli;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aihire.CliRun.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher-independent behaviour of aihire's basic commands, end to end through picocli. */
class FoundationCliTest {
  static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void noArgumentsPrintsShortHelpAndSucceeds() {
    Result r = cli().run();
    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .contains("Usage: aihire")
        .contains("aihire recommend \"we need a support" + " chatbot")
        .contains("Commands:")
        .doesNotContain("Exit codes:")
        .endsWith(
            "'aihire --help' adds the options, exit codes and environment;\n"
                + "'aihire help COMMAND' explains one command.\n");
    assertThat(r.out().lines().count())
        .isLessThan(cli().run("--help").out().lines().count() * 2 / 3);
  }

  @Test
  void versionIsPrinted() {
    Result r = cli().run("--version");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).startsWith("aihire ");
  }

  @Test
  void unknownCommandIsAUsageErrorWithASuggestion() {
    Result r = cli().run("recomend", "x");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("aihire: unknown command 'recomend'; did you mean 'recommend'?");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void unknownOptionIsAUsageError() {
    Result r = cli().run("roles", "--frmat", "json");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("unknown option '--frmat'").contains("aihire roles --help");
  }

  @Test
  void rolesListsEveryRoleAligned() {
    Result r = cli().run("roles");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .contains("ai-engineer")
        .contains("ml-platform-engineer")
        .contains("Prompt Engineer");
    String[] lines = r.out().split("\n");
    assertThat(lines[0]).startsWith("ID").contains("NAME", "SUMMARY");
    int nameColumn = lines[1].indexOf("AI Engineer");
    assertThat(
            r.out()
                .lines()
                .filter(l -> l.startsWith("ml-engineer"))
                .findFirst()
                .orElseThrow()
                .indexOf("Machine Learning Engineer"))
        .isEqualTo(nameColumn);
    assertThat(r.out().lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(80));
  }

  @Test
  void roleAsJsonIsOneDocumentWithTheRolesFields() throws Exception {
    Result r = cli().run("roles", "ai-engineer", "--format", "json");
    assertThat(r.exitCode()).isZero();
    JsonNode role = JSON.readTree(r.out());
    assertThat(role.get("id").asText()).isEqualTo("ai-engineer");
    assertThat(role.get("model_relation").asText()).isEqualTo("builds-with-models");
    assertThat(role.get("signals").size()).isGreaterThan(10);
    assertThat(role.get("interview_questions").get(0).has("strong_answer")).isTrue();
    assertThat(r.err()).isEmpty();
  }

  @Test
  void formatMayComeBeforeTheCommand() throws Exception {
    Result r = cli().run("--format", "json", "roles");
    assertThat(r.exitCode()).isZero();
    assertThat(JSON.readTree(r.out()).get("roles").size()).isEqualTo(13);
  }

  @Test
  void roleIsFoundByNameOrAliasCaseInsensitively() {
    assertThat(cli().run("roles", "research scientist").out()).startsWith("ML Researcher");
    assertThat(cli().run("roles", "MLE").out()).startsWith("Machine Learning Engineer");
    assertThat(cli().run("roles", "bi analyst").out()).contains("(data-analyst)");
  }

  @Test
  void roleShowsEverythingAboutIt() {
    String out = cli().run("roles", "data-engineer").out();
    assertThat(out)
        .contains(
            "Responsibilities",
            "Skills",
            "Tools",
            "Hire for",
            "Good signs",
            "Red flags",
            "The wrong hire when",
            "Hire instead:",
            "Often confused with",
            "Questions to ask candidates",
            "Strong answer:");
  }

  @Test
  void misspelledRoleSuggestsTheRightOne() {
    Result r = cli().run("roles", "mlops-enginer");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err())
        .startsWith("aihire: unknown role 'mlops-enginer'; did you mean" + " 'mlops-engineer'");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void validateOnTheShippedFileSucceeds() {
    Result r = cli().run("validate", "roles.yaml");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).startsWith("roles.yaml: valid: 13 roles");
  }

  @Test
  void validateListsEveryProblemWithItsLocationAndExits3(@TempDir Path dir) throws Exception {
    String text = Files.readString(Path.of("roles.yaml"));
    text =
        text.replaceFirst("\n    summary: ", "\n    sumary: ")
            .replaceFirst("instead: ml-engineer", "instead: ml-enginer")
            .replaceFirst("model_relation: builds-models", "model_relation: [builds-models]");
    Path copy = dir.resolve("broken.yaml");
    Files.writeString(copy, text);
    Result r = cli().run("validate", copy.toString());
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err().lines().filter(l -> l.startsWith(copy + ":"))).hasSize(4);
    assertThat(r.err())
        .contains("unknown key 'sumary' (did you mean 'summary'?)")
        .contains("missing required key 'summary'")
        .contains("'ml-enginer' is not a role id (did you mean 'ml-engineer'?)")
        .contains("'model_relation' must be a string, not a list")
        .contains("4 problems in the knowledge file");
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void validateAsJson(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "version: 1\nroles: []\nextra: 1\n");
    Result r = cli().run("validate", bad.toString(), "--format", "json");
    assertThat(r.exitCode()).isEqualTo(3);
    JsonNode report = JSON.readTree(r.out());
    assertThat(report.get("valid").asBoolean()).isFalse();
    assertThat(report.get("problems").toString())
        .contains(":3:1: unknown key 'extra'")
        .contains(":2:8: 'roles' must not be empty");
  }

  @Test
  void knowledgeOptionAndEnvironmentSelectTheFile() {
    String minimal = "src/test/resources/knowledge/valid/minimal.yaml";
    assertThat(cli().run("--knowledge", minimal, "roles").out())
        .contains("ai-engineer")
        .contains("ml-engineer")
        .doesNotContain("data-engineer");
    assertThat(cli().env("AIHIRE_KNOWLEDGE", minimal).run("roles").out())
        .contains("Machine Learning Engineer")
        .doesNotContain("data-engineer");
    Result missing = cli().run("--knowledge", "nope.yaml", "roles");
    assertThat(missing.exitCode()).isEqualTo(3);
    assertThat(missing.err())
        .startsWith("nope.yaml:1:1: no such file; check the path\n")
        .doesNotContain("AIHIRE_KNOWLEDGE");
    Result fromEnv = cli().env("AIHIRE_KNOWLEDGE", "gone.yaml").run("roles");
    assertThat(fromEnv.exitCode()).isEqualTo(3);
    assertThat(fromEnv.err())
        .startsWith(
            "gone.yaml:1:1: no such file; check the path\n"
                + "(the path is AIHIRE_KNOWLEDGE's; unset it for the bundled knowledge)\n");
    Result validate = cli().run("validate", "nope.yaml");
    assertThat(validate.err()).doesNotContain("--knowledge").contains("no such file");
  }

  @Test
  void aFilesFirstAnswerLeavesItsCompiledCopyWhenTheCommandReturns(@TempDir Path dir)
      throws Exception {
    Path cache = dir.resolve("cache");
    String minimal = "src/test/resources/knowledge/valid/minimal.yaml";

    Result r =
        cli()
            .env("AIHIRE_CACHE_DIR", cache.toString())
            .run("--knowledge", minimal, "recommend", "we need a support chatbot");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).startsWith("Hire: AI Engineer (ai-engineer)");
    // Written behind the answer, and waited for before the command returned.
    try (var files = Files.list(cache)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .anyMatch(n -> n.startsWith("knowledge-") && n.endsWith(".bin"))
          .anyMatch(n -> n.startsWith("source-"))
          .noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void badKnowledgeNeverShowsAStackTrace() {
    Result r =
        cli()
            .run(
                "--knowledge",
                "src/test/resources/knowledge/invalid/deep.yaml",
                "recommend",
                "a chatbot");
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err()).contains("nested more than 64 levels deep").doesNotContain("\tat ");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void colourOnlyOnATerminalAndNeverWithNoColor() {
    assertThat(cli().run("roles").out()).doesNotContain("\u001b[");
    assertThat(cli().terminal().run("roles").out()).contains("\u001b[1m");
    assertThat(cli().terminal().env("NO_COLOR", "1").run("roles").out()).doesNotContain("\u001b[");
    // An empty NO_COLOR does not count (no-color.org): "NO_COLOR= aihire" keeps the colour.
    assertThat(cli().terminal().env("NO_COLOR", "").run("roles").out()).contains("\u001b[");
    assertThat(cli().run("--color", "always", "roles").out()).contains("\u001b[");
  }

  @Test
  void completionScriptIsForBash() {
    Result r = cli().run("completion");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("complete -F").contains("recommend");
  }
}
