package dev.aihire.engine.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.aihire.compiled.KnowledgeStore;

/**
 * The engine on any text: it never throws, scores lie in [0, 1] best first, at most {@code top}
 * roles are listed, and the same text gives the same answer.
 */
class RecommenderFuzzTest {
  private static final Recommender RECOMMENDER = load();

  private static Recommender load() {
    try {
      return new Recommender(KnowledgeStore.bundled().knowledge());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @FuzzTest(maxDuration = "5m")
  void anyNeedGetsAWellFormedDeterministicAnswer(FuzzedDataProvider data) {
    int top = data.consumeInt(1, 12);
    String need = data.consumeRemainingAsString();
    Recommendation rec = RECOMMENDER.recommend(need, top);
    assertThat(rec.recommendations()).hasSizeLessThanOrEqualTo(top);
    double previous = 1.0;
    for (Recommendation.RoleMatch m : rec.recommendations()) {
      assertThat(m.score()).isBetween(0.0, 1.0).isLessThanOrEqualTo(previous);
      previous = m.score();
    }
    assertThat(rec.confidence()).isNotNull();
    assertThat(rec.abstained()).isEqualTo(rec.confidence() == Recommendation.Confidence.NONE);
    assertThat(RECOMMENDER.recommend(need, top)).isEqualTo(rec);
  }
}
