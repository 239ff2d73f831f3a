package dev.aihire.engine.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aihire.compiled.KnowledgeStore;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Properties of the engine (jqwik, on the JUnit platform beside Jupiter): what must hold for every
 * need, not just the examples in RecommenderTest.
 */
class RecommenderPropertiesTest {
  static Recommender engine;
  static Recommender another;

  @BeforeContainer
  static void load() throws Exception {
    engine = new Recommender(KnowledgeStore.bundled().knowledge());
    another = new Recommender(KnowledgeStore.bundled().knowledge());
  }

  /** Needs whose answer is clear: the role they must get, and the phrase that makes it so. */
  record Strong(String role, String need, String keyPhrase) {}

  static final List<Strong> STRONG =
      List.of(
          new Strong("ai-engineer", "we need a support chatbot on our docs by Friday", "chatbot"),
          new Strong(
              "data-engineer",
              "Build ETL pipelines into our Snowflake warehouse with Airflow",
              "ETL pipelines"),
          new Strong(
              "data-analyst",
              "Weekly dashboards in Tableau for the sales team",
              "dashboards in Tableau"),
          new Strong(
              "analytics-engineer",
              "dbt models, tests and documentation for our metrics layer",
              "dbt models"),
          new Strong(
              "mlops-engineer",
              "Deploy our models to production with monitoring, model"
                  + " versioning and automated retraining",
              "automated retraining"),
          new Strong(
              "ml-researcher",
              "Invent new methods and publish papers at NeurIPS",
              "publish papers"));

  /** Sentences about nothing any role cares about. */
  static final List<String> UNRELATED =
      List.of(
          "The office is near the station.",
          "We have a dog called Biscuit.",
          "Lunch is on Fridays.",
          "Our CEO likes cycling.",
          "The parking lot is being repainted.",
          "Please apply by email.",
          "We are based in Lisbon and Porto.",
          "Benefits include a gym membership.");

  @Provide
  Arbitrary<Strong> strongNeeds() {
    return Arbitraries.of(STRONG);
  }

  @Provide
  Arbitrary<String> unrelated() {
    return Arbitraries.of(UNRELATED).list().ofMinSize(1).ofMaxSize(4).map(l -> String.join(" ", l));
  }

  /** Text that looks like a need: words from the knowledge's world, punctuation, negators. */
  @Provide
  Arbitrary<String> needs() {
    Arbitrary<String> word =
        Arbitraries.oneOf(
            Arbitraries.of(
                "chatbot",
                "dbt",
                "models",
                "train",
                "deploy",
                "dashboards",
                "Tableau",
                "SQL",
                "pipelines",
                "Airflow",
                "research",
                "papers",
                "LLM",
                "RAG",
                "prompt",
                "monitoring",
                "GPU",
                "platform",
                "fraud",
                "detection",
                "experiments",
                "A/B",
                "statistics",
                "warehouse",
                "Kafka",
                "not",
                "don't",
                "without",
                "rather",
                "than",
                "but",
                "we",
                "need",
                "someone",
                "to",
                "our",
                "data",
                "scientists",
                "engineers",
                ",",
                ".",
                ";",
                "—",
                "(",
                ")"),
            Arbitraries.strings().ofMaxLength(12));
    return word.list().ofMaxSize(60).map(l -> String.join(" ", l));
  }

  @Property(tries = 300)
  void scoresLieInZeroToOneBestFirst(
      @ForAll("needs") String need, @ForAll @IntRange(min = 1, max = 12) int top) {
    Recommendation r = engine.recommend(need, top);
    assertThat(r.recommendations()).hasSizeLessThanOrEqualTo(top);
    double previous = 1;
    for (Recommendation.RoleMatch m : r.recommendations()) {
      assertThat(m.score()).isBetween(0.0, 1.0).isLessThanOrEqualTo(previous);
      previous = m.score();
    }
  }

  @Property(tries = 200)
  void anyStringAtAllIsAnsweredInRange(@ForAll String need) {
    Recommendation r = engine.recommend(need, 10);
    assertThat(r.recommendations()).allSatisfy(m -> assertThat(m.score()).isBetween(0.0, 1.0));
  }

  @Property(tries = 200)
  void theSameNeedGetsTheSameAnswer(@ForAll("needs") String need) {
    assertThat(engine.recommend(need, 10)).isEqualTo(engine.recommend(need, 10));
    assertThat(another.recommend(need, 10)).isEqualTo(engine.recommend(need, 10));
  }

  @Property(tries = 200)
  void aLargerTopOnlyAddsRolesAtTheEnd(
      @ForAll("needs") String need, @ForAll @IntRange(min = 1, max = 9) int top) {
    List<String> few = roles(engine.recommend(need, top));
    List<String> more = roles(engine.recommend(need, top + 1));
    assertThat(more.subList(0, few.size())).isEqualTo(few);
  }

  @Property(tries = 200)
  void appendingAnUnrelatedSentenceNeverFlipsTheTopRoleOfAStrongNeed(
      @ForAll("strongNeeds") Strong s, @ForAll("unrelated") String noise) {
    assertThat(top(engine.recommend(s.need(), 3))).isEqualTo(s.role());
    assertThat(top(engine.recommend(s.need() + " " + noise, 3))).isEqualTo(s.role());
    assertThat(top(engine.recommend(noise + " " + s.need(), 3))).isEqualTo(s.role());
  }

  @Property(tries = 100)
  void negatingTheKeyPhraseNeverRaisesItsRolesScore(@ForAll("strongNeeds") Strong s) {
    double before = raw(s.need(), s.role());
    String negated = s.need().replace(s.keyPhrase(), "no " + s.keyPhrase());
    assertThat(negated).isNotEqualTo(s.need());
    assertThat(raw(negated, s.role())).isLessThan(before);
    String without = s.need().replace(s.keyPhrase(), "without " + s.keyPhrase());
    assertThat(raw(without, s.role())).isLessThan(before);
  }

  @Property(tries = 200)
  void sayingAStrongNeedTwiceKeepsItsTopRole(@ForAll("strongNeeds") Strong s) {
    assertThat(top(engine.recommend(s.need() + ". " + s.need(), 3))).isEqualTo(s.role());
  }

  @Property(tries = 200)
  void caseAndSurroundingWhitespaceDoNotChangeTheAnswer(
      @ForAll("strongNeeds") Strong s, @ForAll @IntRange(min = 0, max = 3) int pad) {
    String spaced =
        " ".repeat(pad) + s.need().toUpperCase(java.util.Locale.ROOT) + "\n".repeat(pad);
    assertThat(roles(engine.recommend(spaced, 5))).isEqualTo(roles(engine.recommend(s.need(), 5)));
  }

  @Property(tries = 100)
  void twoStrongNeedsTogetherPutBothRolesInTheTopThree(
      @ForAll("strongNeeds") Strong a, @ForAll("strongNeeds") Strong b) {
    List<String> roles = roles(engine.recommend(a.need() + ". " + b.need(), 3));
    assertThat(roles).contains(a.role(), b.role());
  }

  @Provide
  Arbitrary<String> sentences() {
    return Arbitraries.of(UNRELATED);
  }

  @Property(tries = 50)
  void unrelatedTextAloneIsNotRecommendedAnything(@ForAll("sentences") String text) {
    assertThat(engine.recommend(text, 3).recommendations()).isEmpty();
  }

  private static double raw(String need, String role) {
    Recommender.Analysis a = engine.analyse(need);
    for (int i = 0; i < a.roles().size(); i++) {
      if (a.roles().get(i).id().equals(role)) {
        return a.raw()[i];
      }
    }
    throw new AssertionError("no role " + role);
  }

  private static String top(Recommendation r) {
    return r.recommendations().isEmpty() ? "(none)" : r.recommendations().get(0).role();
  }

  private static List<String> roles(Recommendation r) {
    return r.recommendations().stream().map(Recommendation.RoleMatch::role).toList();
  }
}
