package dev.aihire.cli;

import static dev.aihire.CliRun.cli;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aihire.CliRun.Result;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 'validate' warns, and still succeeds, when the guided interview cannot reach a role. */
class ValidateWarningsTest {
  @TempDir Path dir;

  @Test
  void aRoleNoInterviewAnswerPointsTowardsIsAWarningNotAnError() throws Exception {
    String minimal =
        Files.readString(
            Path.of("src/test/resources/knowledge/valid/minimal.yaml"), StandardCharsets.UTF_8);
    // No answer gives ml-engineer more than 0 points.
    Path file = dir.resolve("k.yaml");
    Files.writeString(
        file, minimal.replaceAll("ml-engineer: [1-3]", "ml-engineer: -1"), StandardCharsets.UTF_8);
    Result r = cli().run("validate", file.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains(": valid: 2 roles");
    assertThat(r.err())
        .contains(
            "k.yaml: warning: role 'ml-engineer': no answer of the guided"
                + " interview gives it points");

    Result json = cli().run("validate", "--format", "json", file.toString());
    assertThat(json.exitCode()).isZero();
    assertThat(json.out()).contains("\"warnings\"", "role 'ml-engineer'");
  }

  @Test
  void theShippedFileHasNoWarnings() {
    Result r = cli().run("validate", "roles.yaml");
    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
  }
}
