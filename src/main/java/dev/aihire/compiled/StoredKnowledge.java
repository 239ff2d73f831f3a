package dev.aihire.compiled;

import dev.aihire.engine.recommend.RecommendIndex;
import dev.aihire.model.Knowledge;
import dev.aihire.model.Once;
import java.util.function.Supplier;

/**
 * What the store hands out: the knowledge and the recommender's index built for it, together, so a
 * recommender gets its index as a parameter. The index is made (decoded or built) on the first call
 * of {@link #index()}: commands that never recommend never pay for it.
 */
public record StoredKnowledge(Knowledge knowledge, Supplier<RecommendIndex> indexSource) {

  public RecommendIndex index() {
    return indexSource.get();
  }

  /** Knowledge with an index at hand. */
  public static StoredKnowledge of(Knowledge knowledge, RecommendIndex index) {
    return new StoredKnowledge(knowledge, () -> index);
  }

  /** Knowledge whose index is built from it when first asked for (YAML just parsed). */
  public static StoredKnowledge building(Knowledge knowledge) {
    return new StoredKnowledge(knowledge, once(() -> RecommendIndex.build(knowledge)));
  }

  static <T> Supplier<T> once(Supplier<T> make) {
    return Once.of(make);
  }
}
