package dev.aihire.engine.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aihire.knowledge.KnowledgeLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RecommenderTest {
  static Recommender shipped;
  static Recommender minimal;

  @BeforeAll
  static void load() throws Exception {
    shipped = new Recommender(KnowledgeLoader.load(Path.of("roles.yaml")));
    minimal =
        new Recommender(
            KnowledgeLoader.load(Path.of("src/test/resources/knowledge/valid/minimal.yaml")));
  }

  static String top(Recommendation r) {
    return r.recommendations().isEmpty() ? "(none)" : r.recommendations().get(0).role();
  }

  @Test
  void aShortNeedFindsItsRoleAndSaysWhy() {
    Recommendation r = shipped.recommend("we need a support chatbot on our docs by Friday", 3);
    assertThat(top(r)).isEqualTo("ai-engineer");
    assertThat(r.recommendations().get(0).evidence())
        .anySatisfy(e -> assertThat(e.text()).containsIgnoringCase("chatbot"));
    assertThat(r.confidence())
        .isIn(Recommendation.Confidence.STRONG, Recommendation.Confidence.MODERATE);
    assertThat(r.next())
        .contains(
            new Recommendation.NextStep(
                Recommendation.NextStep.Action.ROLES, List.of("ai-engineer")));
  }

  @Test
  void negationTurnsASignalAgainstItsRole() {
    Recommendation r =
        shipped.recommend("we don't need anyone to train models; we need a chatbot by Friday", 10);
    assertThat(top(r)).isEqualTo("ai-engineer");
    assertThat(r.recommendations())
        .extracting(Recommendation.RoleMatch::role)
        .doesNotContain("ml-engineer");
    Recommendation dashboards =
        shipped.recommend("not looking for dashboards; we need to know why customers churn", 3);
    assertThat(top(dashboards)).isEqualTo("data-scientist");
    assertThat(top(dashboards)).isNotEqualTo("data-analyst");
  }

  @Test
  void contrastFlipsTheAnswer() {
    assertThat(top(shipped.recommend("weekly dashboards for the sales team", 3)))
        .isEqualTo("data-analyst");
    assertThat(
            top(
                shipped.recommend(
                    "no dashboards: forecast demand with a model that runs in"
                        + " production every night",
                    3)))
        .isNotEqualTo("data-analyst");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "We need a plumber to fix the pipes in the kitchen.",
        "Pastry chef for our new bakery, early mornings.",
        "asdkj qwpeoi zxmcn",
        "Receptionist for the front desk, Monday to Friday.",
        "An accountant to file our quarterly taxes.",
        "Looking for a bookkeeper to handle invoices, payroll and the VAT return.",
        "Need a customer success manager to onboard clients and reduce support tickets.",
        "Sales representative to sell our analytics software and hit quarterly targets.",
        "We want a graphic designer to refresh our brand and make slides look better."
      })
  void nothingFitsMeansAnEmptyList(String need) {
    Recommendation r = shipped.recommend(need, 3);
    assertThat(r.recommendations()).isEmpty();
    assertThat(r.abstained()).isTrue();
    assertThat(r.confidence()).isEqualTo(Recommendation.Confidence.NONE);
  }

  @Test
  void aNeedWithoutSignalsStillFindsItsRoleFromTheProfileWhenItIsAboutModels() {
    Recommendation r =
        shipped.recommend("Our model's accuracy has dropped and we can't tell why", 3);
    assertThat(top(r)).isEqualTo("mlops-engineer");
  }

  @Test
  void aTitleOverAnotherRolesDutiesIsFlagged() {
    Recommendation r =
        shipped.recommend(
            "We are hiring a Data Scientist to build weekly"
                + " dashboards and KPI reports in Tableau for the sales team",
            3);
    assertThat(top(r)).isEqualTo("data-analyst");
    assertThat(r.titleMismatch())
        .isEqualTo(
            new Recommendation.TitleMismatch(
                "data-scientist", "Data Scientist", "data-analyst", "Data Analyst"));
    assertThat(shipped.recommend("we need a support chatbot on our docs", 3).titleMismatch())
        .isNull();
  }

  @Test
  void oneTypoInAWordIsForgivenInAShortNeed() {
    assertThat(top(shipped.recommend("Recomendation engine for our web shop", 3)))
        .isEqualTo("ml-engineer");
    assertThat(
            shipped
                .recommend("weekly dashbaords for the sales team", 3)
                .recommendations()
                .get(0)
                .evidence())
        .anySatisfy(e -> assertThat(e.signal()).contains("dashboard"));
    // a real word one letter from a knowledge word is left alone
    assertThat(shipped.recommend("personal assistant for our CEO's diary", 3).recommendations())
        .isEmpty();
  }

  @Test
  void symptomsAreNotRefusals() {
    Recommendation r = shipped.recommend("the revenue numbers don't match between our reports", 3);
    assertThat(r.recommendations().get(0).evidence())
        .noneSatisfy(e -> assertThat(e.negated()).isTrue());
  }

  @Test
  void glossaryAliasesCountLikeTheTerm() {
    Recommendation a = minimal.recommend("we want RAG on our handbook", 3);
    Recommendation b =
        minimal.recommend("we want retrieval-augmented generation on our handbook", 3);
    assertThat(top(a)).isEqualTo("ai-engineer");
    assertThat(top(b)).isEqualTo("ai-engineer");
    assertThat(b.recommendations().get(0).evidence())
        .anySatisfy(e -> assertThat(e.signal()).isEqualTo("rag"));
  }

  @Test
  void aLongPostingIsHandledLikeAShortNeed() {
    String filler =
        "Our company values curiosity, ownership and kindness. We offer remote work,"
            + " flexible hours and a learning budget. ";
    String posting =
        filler.repeat(20)
            + "You will build and maintain ETL pipelines with Airflow"
            + " and Spark, load data into Snowflake, and own data quality. "
            + filler.repeat(20);
    assertThat(posting.length()).isGreaterThan(4000);
    assertThat(top(shipped.recommend(posting, 3))).isEqualTo("data-engineer");
  }

  @Test
  void scoresLieInZeroOneAndAreOrdered() {
    Recommendation r =
        shipped.recommend(
            "Build ETL pipelines into a warehouse with dbt models,"
                + " dashboards in Looker and a churn model",
            10);
    assertThat(r.recommendations()).isNotEmpty();
    double previous = 1.0;
    for (Recommendation.RoleMatch m : r.recommendations()) {
      assertThat(m.score()).isBetween(0.0, 1.0).isLessThanOrEqualTo(previous);
      previous = m.score();
    }
  }

  @Test
  void sameInputSameAnswer() {
    String need =
        "Models in production drift and nobody notices; we need monitoring and retraining";
    assertThat(shipped.recommend(need, 5)).isEqualTo(shipped.recommend(need, 5));
  }

  @Test
  void avoidListNamesTheClassicMisHire() {
    Recommendation r = shipped.recommend("we need a working chatbot demo by Friday", 3);
    assertThat(r.avoid()).isNotEmpty();
    assertThat(r.avoid()).extracting(Recommendation.Avoid::role).doesNotContain("ai-engineer");
    assertThat(r.avoid()).allSatisfy(a -> assertThat(a.reason()).isNotBlank());
  }

  @Test
  void topLimitsTheList() {
    Recommendation r = shipped.recommend("data pipelines, dashboards, dbt and a churn model", 2);
    assertThat(r.recommendations()).hasSizeLessThanOrEqualTo(2);
  }

  @Test
  void pluralTitlesAreColleaguesNotTheHire() {
    Recommendation r = minimal.recommend("our LLM engineers need fraud detection", 3);
    assertThat(top(r)).isEqualTo("ml-engineer");
    assertThat(
            r.recommendations().stream()
                .filter(m -> m.role().equals("ai-engineer"))
                .flatMap(m -> m.evidence().stream())
                .map(Recommendation.Evidence::signal)
                .toList())
        .doesNotContain("LLM Engineer");
  }

  @Test
  void controlCharactersAndHugeInputsDoNotBreakIt() {
    String weird = "chatbot\u0000\u001b]0;pwned\u0007 \uD800 for our docs";
    assertThat(top(shipped.recommend(weird, 3))).isEqualTo("ai-engineer");
    String huge = "We need dashboards in Power BI for finance. ".repeat(25_000);
    assertThat(huge.length()).isGreaterThan(1_000_000);
    assertThat(top(shipped.recommend(huge, 3))).isEqualTo("data-analyst");
  }

  @Test
  void evidenceQuotesTheUsersOwnWords() {
    Recommendation r = shipped.recommend("Our DATA PIPELINES break every night", 3);
    assertThat(r.recommendations().get(0).evidence())
        .extracting(Recommendation.Evidence::text)
        .anySatisfy(t -> assertThat(List.of("DATA PIPELINES", "PIPELINES")).contains(t));
  }
}
