package dev.aihire.cli;

import static dev.aihire.CliRun.cli;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aihire.CliRun.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecommendCliTest {
  static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void textAnswerPutsTheRoleFirstThenWhyAndNextSteps() {
    Result r = cli().run("recommend", "we need a support chatbot on our docs by Friday");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).startsWith("Hire: AI Engineer (ai-engineer)   confidence: ");
    assertThat(r.out())
        .contains(
            "\nWhy\n",
            "\"chatbot\" is a sign of AI Engineer",
            "\nAvoid\n",
            "\nNext\n",
            "aihire roles ai-engineer");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void jsonAnswerKeepsTheContractShape() throws Exception {
    Result r = cli().run("recommend", "--format", "json", "Build ETL pipelines into a warehouse");
    assertThat(r.exitCode()).isZero();
    JsonNode doc = JSON.readTree(r.out());
    assertThat(doc.get("query").asText()).isEqualTo("Build ETL pipelines into a warehouse");
    JsonNode first = doc.get("recommendations").get(0);
    assertThat(first.get("role").asText()).isEqualTo("data-engineer");
    assertThat(first.get("name").asText()).isEqualTo("Data Engineer");
    assertThat(first.get("score").asDouble()).isBetween(0.0, 1.0);
    assertThat(first.get("why").isArray()).isTrue();
    assertThat(r.out()).doesNotContain("\u001b[");
  }

  @Test
  void nothingFitsIsAnAnswerWithAHintOnStderr() throws Exception {
    Result text = cli().run("recommend", "Hire an electrician for the new office");
    assertThat(text.exitCode()).isZero();
    assertThat(text.out())
        .startsWith("No AI or data role fits this need.\n")
        .contains("This reads like an electrician role, not an AI or data hire.");
    assertThat(text.err()).contains("aihire interview");
    Result json = cli().run("recommend", "--format", "json", "a pastry chef");
    assertThat(json.exitCode()).isZero();
    assertThat(JSON.readTree(json.out()).get("recommendations").size()).isZero();
  }

  @Test
  void anotherKindOfJobAbstainsAndSaysWhatItIs() throws Exception {
    Result text =
        cli()
            .env("COLUMNS", "200")
            .run(
                "recommend",
                "we need an iOS developer to" + " rebuild the charts screen of our fitness app");
    assertThat(text.exitCode()).isZero();
    assertThat(text.out())
        .startsWith("No AI or data role fits this need.\n")
        .contains("This reads like a mobile app developer role, not an AI or data hire.");
    Result json =
        cli()
            .run(
                "recommend",
                "--format",
                "json",
                "we need an iOS developer to" + " rebuild the charts screen of our fitness app");
    JsonNode doc = JSON.readTree(json.out());
    assertThat(doc.get("recommendations").size()).isZero();
    assertThat(doc.get("confidence").asText()).isEqualTo("none");
    assertThat(doc.get("not_a_hire").get("kind").asText()).isEqualTo("other-job");
    assertThat(doc.get("not_a_hire").get("id").asText()).isEqualTo("mobile-developer");
    assertThat(doc.get("not_a_hire").get("advice").asText()).isNotBlank();
  }

  @Test
  void aLeadershipNeedIsNotAnIndividualRole() throws Exception {
    Result json =
        cli()
            .run(
                "recommend",
                "--format",
                "json",
                "We are hiring a Head of AI to set our AI strategy and build the team");
    JsonNode doc = JSON.readTree(json.out());
    assertThat(doc.get("recommendations").size()).isZero();
    assertThat(doc.get("not_a_hire").get("kind").asText()).isEqualTo("leadership");
  }

  @Test
  void semanticEvidenceIsExplainedByTheSentenceItIsClosestTo() throws Exception {
    Result json =
        cli()
            .run(
                "recommend", "--format", "json", "we need a support chatbot on our docs by Friday");
    JsonNode top = JSON.readTree(json.out()).get("recommendations").get(0);
    assertThat(top.get("role").asText()).isEqualTo("ai-engineer");
    JsonNode semantic = null;
    for (JsonNode e : top.get("evidence")) {
      if (e.get("kind").asText().equals("semantic")) {
        semantic = e;
      }
    }
    assertThat(semantic).as("semantic evidence in %s", top).isNotNull();
    assertThat(semantic.get("similarity").asDouble()).isBetween(-1.0, 1.0);
    assertThat(semantic.get("text").asText()).isNotBlank();
    assertThat(top.get("why").toString()).contains("reads like: ");
  }

  @Test
  void twoJobsInOneNeedAreNamedInTheOrderToHire() throws Exception {
    Result json =
        cli()
            .run(
                "recommend", "--format", "json", "build our data pipelines and also a churn model");
    JsonNode doc = JSON.readTree(json.out());
    assertThat(doc.get("mixed").get(0).asText()).isEqualTo("data-engineer");
    assertThat(doc.get("mixed").size()).isEqualTo(2);
    assertThat(doc.get("notes").toString())
        .contains("This reads like two hires: Data Engineer," + " then ");
    for (JsonNode a : doc.get("avoid")) {
      assertThat(a.get("role").asText()).isNotEqualTo(doc.get("mixed").get(1).asText());
    }
  }

  @Test
  void needFromStdin() {
    Result r =
        cli().stdin("Weekly dashboards in Tableau for the sales team\n").run("recommend", "-");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).startsWith("Hire: Data Analyst (data-analyst)");
  }

  @Test
  void emptyNeedIsAUsageError() {
    Result none = cli().run("recommend");
    assertThat(none.exitCode()).isEqualTo(2);
    assertThat(none.err()).contains("describe the need");
    Result blank = cli().run("recommend", "   ");
    assertThat(blank.exitCode()).isEqualTo(2);
    assertThat(blank.err()).contains("the need is empty");
    Result emptyStdin = cli().stdin("").run("recommend", "-");
    assertThat(emptyStdin.exitCode()).isEqualTo(2);
    assertThat(emptyStdin.out()).isEmpty();
  }

  @Test
  void topMustBeSensible() {
    Result r = cli().run("recommend", "--top", "0", "chatbot");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--top must be from 1 to 100");
    Result one = cli().run("recommend", "--top", "1", "--format", "json", "dbt models and SQL");
    assertThat(one.out()).contains("\"recommendations\"");
  }

  @Test
  void sameInputSameOutputByteForByte() {
    String need = "Our churn model lives in a notebook; put it in production with monitoring";
    Result a = cli().run("recommend", "--format", "json", need);
    Result b = cli().run("recommend", "--format", "json", need);
    assertThat(a.out()).isEqualTo(b.out());
    assertThat(cli().run("recommend", need).out()).isEqualTo(cli().run("recommend", need).out());
  }

  @Test
  void aOneMegabyteNeedIsAnswered() {
    String big = "We need someone to build dbt models in our warehouse. ".repeat(20_000);
    Result r = cli().stdin(big).run("recommend", "--format", "json", "-");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("\"role\" : \"analytics-engineer\"");
  }

  @Test
  void escapeSequencesInANeedNeverReachTheTerminal() {
    Result r =
        cli()
            .terminal()
            .env("NO_COLOR", "1")
            .run("recommend", "chatbot \u001b]0;owned\u0007 \u001b[2J on our docs");
    assertThat(r.out()).doesNotContain("\u001b").doesNotContain("\u0007");
  }

  @Test
  void batchAnswersEveryLineInOrderAndCountsTheBadOnes(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("needs.jsonl");
    Files.write(
        in,
        List.of(
            "{\"id\": \"a\", \"text\": \"a chatbot on our docs\", \"expect\": [\"ai-engineer\"]}",
            "this is not json",
            "{\"id\": 7, \"text\": \"Pivot tables and KPI reports for management\"}",
            "{\"id\": \"no-text\"}",
            "",
            "{\"text\": \"\"}",
            "{\"id\": \"d\", \"text\": \"a plumber\"}"));
    Result r = cli().run("recommend", "--batch", in.toString(), "--format", "json");
    assertThat(r.exitCode()).isEqualTo(4);
    List<JsonNode> lines = r.out().lines().map(RecommendCliTest::parse).toList();
    assertThat(lines).hasSize(6);
    assertThat(lines.get(0).get("id").asText()).isEqualTo("a");
    assertThat(lines.get(0).get("recommendations").get(0).get("role").asText())
        .isEqualTo("ai-engineer");
    assertThat(lines.get(1).get("error").asText()).startsWith("not valid JSON");
    assertThat(lines.get(1).get("line").asInt()).isEqualTo(2);
    assertThat(lines.get(2).get("id").asInt()).isEqualTo(7);
    assertThat(lines.get(2).get("recommendations").get(0).get("role").asText())
        .isEqualTo("data-analyst");
    assertThat(lines.get(3).get("error").asText()).isEqualTo("no \"text\" field");
    assertThat(lines.get(4).get("error").asText()).isEqualTo("\"text\" is empty");
    assertThat(lines.get(4).get("id").asInt()).isEqualTo(6);
    assertThat(lines.get(5).get("recommendations").size()).isZero();
    assertThat(r.err()).contains("3 of 6 batch lines were bad (lines 2, 4, 6)");
  }

  @Test
  void batchFromStdinInTextMode() {
    Result r =
        cli()
            .stdin("{\"id\":\"x\",\"text\":\"dbt models for our metrics\"}\n")
            .run("recommend", "--batch", "-");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).startsWith("x\tanalytics-engineer\t");
  }

  @Test
  void batchSkipsAnOverlongLineWithoutReadingItAllIn() {
    String longLine = "{\"id\":\"big\",\"text\":\"" + "x".repeat(5 * 1024 * 1024) + "\"}";
    Result r =
        cli()
            .stdin(longLine + "\n{\"id\":\"ok\",\"text\":\"Power BI reports\"}\n")
            .run("recommend", "--batch", "-", "--format", "json");
    assertThat(r.exitCode()).isEqualTo(4);
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(0)).contains("over the limit");
    assertThat(lines.get(1)).contains("\"id\":\"ok\"").contains("data-analyst");
  }

  @Test
  void batchFileMissingIsAUsageError() {
    Result r = cli().run("recommend", "--batch", "nope.jsonl");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("nope.jsonl: no such file");
  }

  private static JsonNode parse(String line) {
    try {
      return JSON.readTree(line);
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + line, e);
    }
  }
}
