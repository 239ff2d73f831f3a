package dev.aihire.engine.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aihire.knowledge.KnowledgeLoader;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The check engine on the shipped knowledge, directly: pure, and the year is a parameter. */
class PostingCheckerTest {
  static PostingChecker checker;

  @BeforeAll
  static void load() throws Exception {
    checker = new PostingChecker(KnowledgeLoader.loadBundledYaml());
  }

  private static List<String> kinds(String text, int year) {
    return checker.check(Posting.of(text, null), year).findings().stream()
        .map(f -> f.line() + ":" + f.kind())
        .toList();
  }

  @Test
  void theTitleIsTheFirstHeadingElseAShortFirstLine() {
    assertThat(Posting.of("\n\n## Data Engineer\n\nBuild pipelines.", null).title())
        .isEqualTo("Data Engineer");
    assertThat(Posting.of("Data Engineer\nBuild pipelines.", null).titleLine()).isEqualTo(1);
    assertThat(Posting.of("We are looking for someone to build pipelines.", null).hasTitle())
        .isFalse();
    assertThat(Posting.of("# Data Engineer", "ML Engineer").title()).isEqualTo("ML Engineer");
  }

  @Test
  void yearsOfATechnologyAreJudgedAgainstTheYearGiven() {
    String text = "# Data Engineer\n\n- 12+ years of dbt in production\n- Build ETL pipelines";
    assertThat(kinds(text, 2026)).contains("3:experience-older-than-technology");
    assertThat(kinds(text, 2030)).doesNotContain("3:experience-older-than-technology");
  }

  @Test
  void researchCredentialsAreASmellForAProductRoleOnly() {
    String ask =
        "\n\n- PhD required, with first-author papers at NeurIPS\n"
            + "- Build RAG features on LLM APIs for our support chatbot\n";
    assertThat(kinds("# AI Engineer" + ask, 2026)).contains("3:research-credentials");
    assertThat(kinds("# Research Scientist" + ask, 2026)).doesNotContain("3:research-credentials");
  }

  @Test
  void trainingFromScratchIsFlaggedForAnAiEngineer() {
    assertThat(
            kinds(
                "# AI Engineer\n\n- Train our own LLM from scratch for the help centre"
                    + " chatbot\n- Build RAG over our docs",
                2026))
        .contains("3:train-from-scratch");
  }

  @Test
  void wordingThatLeansMasculineIsOneFindingAtItsFirstWord() {
    String text =
        "# Data Analyst\n\nBuild Tableau dashboards.\n"
            + "You are aggressive and fearless, and you dominate a competitive market.\n"
            + "Be assertive with stakeholders.";
    List<Finding> found =
        checker.check(Posting.of(text, null), 2026).findings().stream()
            .filter(f -> f.kind().equals("masculine-coded"))
            .toList();
    assertThat(found)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.line()).isEqualTo(4);
              assertThat(f.words()).contains("aggressive", "fearless", "assertive");
            });
  }

  @Test
  void aSalaryFigureSparesCompetitiveSalary() {
    assertThat(kinds("# Data Analyst\n\nBuild Tableau dashboards.\nCompetitive salary.", 2026))
        .contains("4:recruiter-fail");
    assertThat(
            kinds(
                "# Data Analyst\n\nBuild Tableau dashboards.\nCompetitive salary"
                    + " ($90,000 to $110,000).",
                2026))
        .doesNotContain("4:recruiter-fail");
  }

  @Test
  void aLongToolListIsAKitchenSink() {
    String tools =
        "Python, SQL, Scala, Java, Spark, Kafka, Flink, Airflow, dbt, Snowflake,"
            + " BigQuery, Redshift, Databricks, Tableau, Looker, PyTorch, TensorFlow, Docker,"
            + " Kubernetes, Terraform";
    assertThat(kinds("# Data Engineer\n\nBuild ETL pipelines.\nTools: " + tools, 2026))
        .contains("4:kitchen-sink");
  }

  @Test
  void boilerplateDoesNotVoteOnTheRole() {
    String text =
        "# Data Analyst\n\n## What you will do\n\n- Build weekly Tableau dashboards\n"
            + "- Write SQL reports on revenue\n\n## About us\n\n"
            + "- We train deep learning models and deploy them with MLOps pipelines\n"
            + "- Our ML engineers fine-tune LLMs on GPUs\n";
    CheckResult r = checker.check(Posting.of(text, null), 2026);
    assertThat(r.verdict()).isEqualTo(Verdict.MATCH);
    assertThat(r.dutiesRole()).isEqualTo("data-analyst");
  }

  @Test
  void aLeadershipTitleIsNotAHire() {
    CheckResult r = checker.check(Posting.of("# Head of Data\n\nLead the data team.", null), 2026);
    assertThat(r.verdict()).isEqualTo(Verdict.NOT_A_HIRE);
    assertThat(r.titleRole()).isNull();
  }
}
