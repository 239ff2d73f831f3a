package dev.aihire.cli;

import static dev.aihire.CliRun.cli;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aihire.CliRun.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code aihire check} end to end: the "done when" cases and the bad inputs. */
class CheckCommandTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final Path POSTINGS = Path.of("src/test/resources/postings");

  private static String posting(String name) throws IOException {
    return Files.readString(POSTINGS.resolve(name));
  }

  @Test
  void anAiEngineerTitleOverDashboardDutiesIsAMismatchWithLineNumbers() throws Exception {
    Result r =
        cli()
            .run(
                "check",
                "--format",
                "json",
                POSTINGS.resolve("ai-engineer-dashboards.md").toString());
    assertThat(r.exitCode()).isEqualTo(1);
    JsonNode doc = JSON.readTree(r.out());
    assertThat(doc.get("title").asText()).isEqualTo("Senior AI Engineer");
    assertThat(doc.get("title_role").asText()).isEqualTo("ai-engineer");
    assertThat(doc.get("duties_role").asText()).isEqualTo("data-analyst");
    assertThat(doc.get("verdict").asText()).isEqualTo("mismatch");
    List<Integer> dutyLines = new ArrayList<>();
    for (JsonNode f : doc.get("findings")) {
      assertThat(f.get("message").asText()).isNotBlank();
      if (f.get("kind").asText().equals("other-role-duties")) {
        dutyLines.add(f.get("line").asInt());
      }
    }
    assertThat(doc.get("findings").get(0).get("kind").asText()).isEqualTo("title-mismatch");
    assertThat(doc.get("findings").get(0).get("line").asInt()).isEqualTo(1);
    assertThat(dutyLines).contains(7, 8, 9);
  }

  @Test
  void textModePutsTheVerdictFirstThenFindingsLikeALinter() {
    Result r = cli().run("check", POSTINGS.resolve("ai-engineer-dashboards.md").toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).startsWith("verdict: mismatch   title: Senior AI Engineer\n");
    assertThat(r.out())
        .contains(
            "  title role:  AI Engineer (ai-engineer)",
            "  duties role: Data Analyst (data-analyst)",
            "\n1: title-mismatch: The title promises AI Engineer",
            "\n7: other-role-duties: This line reads as Data Analyst work",
            "'aihire compare ai-engineer");
  }

  @Test
  void retitledAsADataAnalystAndReadFromStdinItPasses() throws Exception {
    String text =
        posting("ai-engineer-dashboards.md")
            .replace("# Senior AI Engineer", "# Senior Data Analyst");
    Result r = cli().stdin(text).run("check", "--format", "json", "-");
    assertThat(r.exitCode()).isZero();
    JsonNode doc = JSON.readTree(r.out());
    assertThat(doc.get("verdict").asText()).isEqualTo("match");
    assertThat(doc.get("title_role").asText()).isEqualTo("data-analyst");
  }

  @Test
  void titleOptionOverridesTheHeading() throws Exception {
    Result r =
        cli()
            .run(
                "check",
                "--format",
                "json",
                "--title",
                "Data Analyst",
                POSTINGS.resolve("ai-engineer-dashboards.md").toString());
    assertThat(r.exitCode()).isZero();
    assertThat(JSON.readTree(r.out()).get("title").asText()).isEqualTo("Data Analyst");
  }

  @Test
  void hypeBroCultureAndImpossibleYearsAreEachFoundAtTheirLine() throws Exception {
    Result r = cli().run("check", "--format", "json", POSTINGS.resolve("smells.md").toString());
    JsonNode doc = JSON.readTree(r.out());
    List<String> found = new ArrayList<>();
    for (JsonNode f : doc.get("findings")) {
      found.add(f.get("line").asInt() + ":" + f.get("kind").asText());
    }
    assertThat(found)
        .contains("1:hype-title", "9:bro-culture", "7:experience-older-than-technology");
    assertThat(r.out()).contains("10 years of LLM APIs experience, but LLM APIs appeared in 2020");
  }

  @Test
  void withoutATitleTheVerdictComesFromTheDutiesAndTitleRoleIsNull() throws Exception {
    Result r = cli().run("check", "--format", "json", POSTINGS.resolve("untitled.txt").toString());
    assertThat(r.exitCode()).isZero();
    JsonNode doc = JSON.readTree(r.out());
    assertThat(doc.has("title_role")).isTrue();
    assertThat(doc.get("title_role").isNull()).isTrue();
    assertThat(doc.get("title").isNull()).isTrue();
    assertThat(doc.get("duties_role").asText()).isEqualTo("data-analyst");
    assertThat(doc.get("verdict").asText()).isEqualTo("match");
  }

  @Test
  void threeJobsInOnePostingIsAUnicorn() throws Exception {
    Result r = cli().run("check", "--format", "json", POSTINGS.resolve("unicorn.md").toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(JSON.readTree(r.out()).get("verdict").asText()).isEqualTo("unicorn");
  }

  @Test
  void aPostingOutsideAiAndDataIsNotAHire() throws Exception {
    Result r =
        cli()
            .run(
                "check",
                "--format",
                "json",
                "--fail-on",
                "not-a-hire",
                POSTINGS.resolve("pastry.md").toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(JSON.readTree(r.out()).get("verdict").asText()).isEqualTo("not-a-hire");
  }

  @Test
  void crlfAndUtf16WithBomReadTheSameAsPlainUtf8(@TempDir Path dir) throws Exception {
    String text = posting("ai-engineer-dashboards.md");
    Path crlf = dir.resolve("crlf.md");
    Files.writeString(crlf, text.replace("\n", "\r\n"));
    Path utf16 = dir.resolve("utf16.md");
    byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
    byte[] withBom = new byte[body.length + 2];
    withBom[0] = (byte) 0xFF;
    withBom[1] = (byte) 0xFE;
    System.arraycopy(body, 0, withBom, 2, body.length);
    Files.write(utf16, withBom);
    for (Path p : List.of(crlf, utf16)) {
      Result r = cli().run("check", "--format", "json", p.toString());
      JsonNode doc = JSON.readTree(r.out());
      assertThat(doc.get("title").asText()).isEqualTo("Senior AI Engineer");
      assertThat(doc.get("verdict").asText()).isEqualTo("mismatch");
      assertThat(doc.get("findings").get(1).get("line").asInt()).isEqualTo(7);
    }
  }

  @Test
  void emptyBinaryAndHugeFilesAreRefusedWithOneLine(@TempDir Path dir) throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.md"), "  \n\n");
    Path binary =
        Files.write(
            dir.resolve("logo.png"),
            new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
    Path huge = dir.resolve("huge.md");
    byte[] line = "Build dashboards in Tableau and write SQL.\n".getBytes(StandardCharsets.UTF_8);
    try (var out = Files.newOutputStream(huge)) {
      for (int i = 0; i < 40 * 1024 * 1024 / line.length; i++) {
        out.write(line);
      }
    }
    assertThat(cli().run("check", empty.toString()))
        .satisfies(r -> assertThat(r.exitCode()).isEqualTo(2))
        .satisfies(r -> assertThat(r.err()).contains("is empty"));
    assertThat(cli().run("check", binary.toString()))
        .satisfies(r -> assertThat(r.exitCode()).isEqualTo(2))
        .satisfies(r -> assertThat(r.err()).contains("looks like a binary file"));
    Result big = cli().run("check", huge.toString());
    assertThat(big.exitCode()).isEqualTo(2);
    assertThat(big.err()).contains("is over 1 MB").doesNotContain("Exception");
    assertThat(big.err().lines().count()).isEqualTo(1);
    assertThat(cli().stdin("").run("check", "-").exitCode()).isEqualTo(2);
    assertThat(cli().run("check").exitCode()).isEqualTo(2);
  }

  @Test
  void twoHypeWordsOnALineAreTwoFindingsEachInTheSingular(@TempDir Path dir) throws Exception {
    Path posting =
        Files.writeString(
            dir.resolve("p.md"),
            "# Data Engineer\n\nWe want a rockstar ninja to build our Airflow pipelines into"
                + " Snowflake and keep the warehouse tables fresh.\n");
    Result r = cli().run("check", posting.toString());
    assertThat(r.out())
        .contains("'rockstar' is a hype word")
        .contains("'ninja' is a hype word")
        .doesNotContain("', '");
  }

  @Test
  void anUnknownFailOnVerdictIsAUsageError() {
    Result r =
        cli()
            .run(
                "check", "--fail-on", "mismatch,oops", POSTINGS.resolve("untitled.txt").toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("unknown verdict 'oops'");
  }

  @Test
  void anEmptyFailOnIsRefusedSoAnUnsetVariableCannotTurnTheGateOff() {
    String posting = POSTINGS.resolve("untitled.txt").toString();
    Result r = cli().run("check", "--fail-on", "", posting);
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err())
        .startsWith(
            "aihire: --fail-on is empty; name the verdicts that fail (e.g. --fail-on"
                + " mismatch,unicorn), or none\n");
    Result upper = cli().run("check", "--fail-on", "VAGUE,Mismatch", "--format", "json", posting);
    Result lower = cli().run("check", "--fail-on", "vague,mismatch", "--format", "json", posting);
    assertThat(upper.exitCode()).isEqualTo(lower.exitCode());
    assertThat(upper.out()).isEqualTo(lower.out());
  }

  @Test
  void batchWritesOneJsonLineAPostingAndBadLinesWinTheExitCode() throws Exception {
    String good =
        JSON.writeValueAsString(
            java.util.Map.of(
                "id",
                "a",
                "title",
                "Senior AI Engineer",
                "text",
                posting("ai-engineer-dashboards.md").replace("# Senior AI Engineer\n", "")));
    String fine =
        JSON.writeValueAsString(
            java.util.Map.of(
                "id",
                "b",
                "title",
                "Senior Data Analyst",
                "text",
                posting("ai-engineer-dashboards.md").replace("# Senior AI Engineer\n", "")));
    Result r = cli().stdin(good + "\n" + fine + "\n").run("check", "--batch", "-");
    assertThat(r.exitCode()).isEqualTo(1);
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(2);
    JsonNode first = JSON.readTree(lines.get(0));
    assertThat(first.get("id").asText()).isEqualTo("a");
    assertThat(first.get("verdict").asText()).isEqualTo("mismatch");
    assertThat(JSON.readTree(lines.get(1)).get("verdict").asText()).isEqualTo("match");

    Result mixed = cli().stdin(good + "\nnot json\n").run("check", "--batch", "-");
    assertThat(mixed.exitCode()).isEqualTo(4);
    assertThat(mixed.out().lines().toList()).hasSize(2);
    assertThat(JSON.readTree(mixed.out().lines().toList().get(1)).get("error").asText())
        .startsWith("not valid JSON");
    assertThat(mixed.err()).contains("1 of 2 batch lines were bad (lines 2)");

    Result passing = cli().stdin(fine + "\n").run("check", "--batch", "-");
    assertThat(passing.exitCode()).isZero();
  }
}
