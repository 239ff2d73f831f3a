package dev.aihire.cli;

import static dev.aihire.CliRun.cli;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aihire.CliRun;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** '-' reads stdin wherever a file or a text is expected; on a terminal it says so first. */
class StdinTest {
  private static final String MINIMAL = "src/test/resources/knowledge/valid/minimal.yaml";

  @Test
  void validateDashReadsTheKnowledgeFromStdin() throws Exception {
    CliRun.Result r = cli().stdin(Files.readAllBytes(Path.of("roles.yaml"))).run("validate", "-");

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("stdin: valid: ");
  }

  @Test
  void validateDashReportsProblemsAtStdinLineAndColumn() throws Exception {
    String broken =
        Files.readString(Path.of(MINIMAL), StandardCharsets.UTF_8)
            .replaceFirst("summary:", "sumary:");

    CliRun.Result r = cli().stdin(broken).run("validate", "-");

    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err()).containsPattern("(?m)^stdin:\\d+:\\d+: .*'sumary'");
  }

  @Test
  void knowledgeDashReadsTheKnowledgeFromStdin() throws Exception {
    CliRun.Result r =
        cli().stdin(Files.readAllBytes(Path.of(MINIMAL))).run("--knowledge", "-", "roles");

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("ml-engineer").doesNotContain("data-engineer");
  }

  @Test
  void anEmptyStdinIsAnInvalidKnowledgeFile() {
    CliRun.Result r = cli().stdin(new byte[0]).run("--knowledge", "-", "roles");

    assertThat(r.exitCode()).isEqualTo(3);
  }

  @Test
  void interviewStartDashTakesTheNeedFromTheFirstLineAndTheAnswersAfterIt() throws Exception {
    CliRun.Result r =
        cli()
            .stdin("we want a chatbot on our support docs\n1\n1\n1\n1\n")
            .run("--format", "json", "interview", "--start", "-");

    assertThat(r.exitCode()).as(r.err()).isZero();
    var doc = new ObjectMapper().readTree(r.out());
    assertThat(doc.get("query").asText()).contains("chatbot on our support docs");
  }

  @Test
  void interviewStartDashWithAnEmptyFirstLineIsAUsageError() {
    CliRun.Result r = cli().stdin("\n1\n").run("interview", "--start", "-");

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("the first line of stdin is empty; it should be the need");
  }

  @Test
  void batchDashOnATerminalSaysItIsReadingBeforeItWaits() {
    CliRun.Result r =
        cli()
            .terminal()
            .stdin("{\"text\": \"a chatbot on our docs\"}\n")
            .run("recommend", "--batch", "-");

    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).startsWith("aihire: reading JSONL from the terminal");
  }

  @Test
  void batchDashFromAPipeSaysNothing() {
    CliRun.Result r =
        cli().stdin("{\"text\": \"a chatbot on our docs\"}\n").run("recommend", "--batch", "-");

    assertThat(r.err()).isEmpty();
  }

  @Test
  void aNeedPipedInIsEchoedWithoutItsLineBreak() {
    CliRun.Result piped =
        cli().stdin("chatbot for our docs\n").run("recommend", "--format", "json", "-");
    CliRun.Result typed = cli().run("recommend", "--format", "json", "chatbot for our docs");
    assertThat(piped.out()).contains("\"query\" : \"chatbot for our docs\"").isEqualTo(typed.out());
  }
}
