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

/** {@code aihire team} end to end on the shipped knowledge: the cases of issue 17. */
class TeamCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final String AUDIT =
      "4 research scientists, 1 data scientist, no ML or MLOps"
          + " engineers; six models in production and outages every week";

  private static JsonNode json(CliRun.Result r) throws Exception {
    assertThat(r.exitCode()).as(r.err()).isZero();
    return JSON.readTree(r.out());
  }

  private static List<String> values(JsonNode list, String field) {
    List<String> out = new ArrayList<>();
    list.forEach(n -> out.add(n.get(field).asText()));
    return out;
  }

  @Test
  void aStartupsFirstRecommendationEngineGetsThreeHiresLedByAnMlEngineer() throws Exception {
    JsonNode doc =
        json(
            cli()
                .run(
                    "team",
                    "--hires",
                    "3",
                    "A startup needs to build its first"
                        + " recommendation engine from our purchase history",
                    "--format",
                    "json"));

    JsonNode plan = doc.get("plan");
    assertThat(values(plan, "role"))
        .hasSize(3)
        .startsWith("ml-engineer")
        .doesNotContain("ml-researcher");
    for (JsonNode hire : plan) {
      assertThat(hire.get("why")).as(hire.get("role").asText()).isNotEmpty();
      assertThat(hire.get("why").get(0).asText()).isNotBlank();
      assertThat(hire.has("needs_first")).isTrue();
      assertThat(hire.get("then")).isNotEmpty();
    }
    assertThat(values(doc.get("not_yet"), "role")).contains("ml-researcher");
    assertThat(doc.get("not_yet").get(0).get("condition").asText()).isNotBlank();
    assertThat(doc.get("risks").isArray()).isTrue();
    assertThat(doc.get("stage").asText()).isEqualTo("startup");
  }

  @Test
  void churnWithDataInStripeTheAppDatabaseAndSpreadsheetsStartsWithADataEngineer()
      throws Exception {
    JsonNode doc =
        json(
            cli()
                .run(
                    "--format",
                    "json",
                    "team",
                    "We want to reduce customer churn."
                        + " Our data sits in Stripe, the app database and a few spreadsheets."));

    JsonNode first = doc.get("plan").get(0);
    assertThat(first.get("role").asText()).isEqualTo("data-engineer");
    assertThat(first.get("basis").asText()).isEqualTo("prerequisite");
    assertThat(first.get("evidence").toString()).contains("Stripe", "spreadsheets");
    // the hire it comes before is the recommend engine's answer, planned right after it
    assertThat(doc.get("plan").get(1).get("role").asText()).isEqualTo(first.get("before").asText());
  }

  @Test
  void theAuditFindsTheMissingEngineersAndTooManyResearchers() throws Exception {
    JsonNode doc = json(cli().run("--format", "json", "team", "--audit", AUDIT));

    List<String> gaps = new ArrayList<>();
    List<String> surpluses = new ArrayList<>();
    for (JsonNode f : doc.get("findings")) {
      assertThat(f.get("message").asText()).isNotBlank();
      if (f.get("kind").asText().equals("gap")) {
        gaps.add(f.get("role").asText());
      } else if (f.get("kind").asText().equals("surplus")) {
        surpluses.add(f.get("role").asText());
      }
    }
    assertThat(gaps).containsAnyOf("mlops-engineer", "ml-engineer");
    assertThat(surpluses).contains("ml-researcher");
    assertThat(doc.get("findings").get(0).get("kind").asText()).isEqualTo("gap");
    assertThat(doc.get("team").toString()).contains("\"count\":4", "\"count\":0");
  }

  @Test
  void theAuditTextLeadsWithTheMostUrgentGap() {
    CliRun.Result r = cli().env("COLUMNS", "80").run("team", "--audit", AUDIT);

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).startsWith("Most urgent gap: MLOps Engineer (mlops-engineer)");
    assertThat(r.out()).contains("Team as read", "from \"4 research scientists\"", "surplus");
  }

  @Test
  void theNeedCanComeFromStdin() throws Exception {
    JsonNode doc =
        json(
            cli()
                .stdin("our first chatbot on the help-centre articles")
                .run("--format", "json", "team", "--hires", "1", "-"));

    assertThat(values(doc.get("plan"), "role")).containsExactly("ai-engineer");
  }

  @Test
  void anEmptyStdinIsAnEmptyNeed() {
    CliRun.Result r = cli().stdin("\n\t\n").run("team", "-");

    assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("the need is empty");
  }

  @Test
  void aNeedNothingFitsIsAnEmptyPlanWithAHint() throws Exception {
    CliRun.Result r = cli().run("--format", "json", "team", "order new chairs for the office");

    assertThat(json(r).get("plan")).isEmpty();
    assertThat(r.err()).contains("nothing in this need points to an AI or data hire");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '#',
      textBlock =
          """
      team                                   # describe the need
      team|' '                               # the need is empty
      team|--hires|0|a recommendation engine # --hires must be from 1 to 10, not 0
      team|--stage|growth|churn              # --stage must be one of first-hire, startup
      team|--audit|we like pizza             # no roles found in the team description
      team|--audit|--hires|2|3 data folks    # --audit reads an existing team
      """)
  void badInputIsAUsageErrorWithOneClearLine(String args, String message) {
    CliRun.Result r = cli().run(args.replace("'", "").split("\\|", -1));

    assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains(message).doesNotContain("Exception");
    assertThat(r.err().lines().count()).isEqualTo(1);
  }

  @org.junit.jupiter.api.Test
  void theStageIsReadInAnyCase() {
    String need = "churn prediction for our subscribers";
    CliRun.Result upper = cli().run("team", "--stage", "Startup", "--format", "json", need);
    CliRun.Result lower = cli().run("team", "--stage", "startup", "--format", "json", need);
    assertThat(upper.exitCode()).isZero();
    assertThat(upper.out()).isEqualTo(lower.out()).contains("\"stage\"");
  }
}
