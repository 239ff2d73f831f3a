package dev.aihire.engine.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aihire.knowledge.KnowledgeLoader;
import dev.aihire.model.Knowledge;
import dev.aihire.semantic.Embedder;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * However the work of a first run is shared between its two threads, the index is the one a plain
 * build makes, and the storage layer's task runs once.
 */
class RecommendIndexBuildTest {
  static Knowledge knowledge;
  static String plain;

  @BeforeAll
  static void load() throws Exception {
    knowledge = KnowledgeLoader.load(Path.of("roles.yaml"));
    plain = describe(RecommendIndex.build(knowledge, Embedder.bundled()));
  }

  @Test
  void theSecondThreadsTasksGiveThePlainIndexWhoeverRunsThem() {
    AtomicInteger thens = new AtomicInteger();
    RecommendIndex.SemanticBuild ahead =
        RecommendIndex.startSemantic(knowledge, thens::incrementAndGet);

    assertThat(describe(RecommendIndex.build(knowledge, ahead))).isEqualTo(plain);
    assertThat(thens).hasValue(1);
  }

  @Test
  void tasksTheCallerTookBeforeTheThreadBeganGiveThePlainIndex() {
    AtomicInteger thens = new AtomicInteger();
    RecommendIndex.SemanticBuild taken =
        new RecommendIndex.SemanticBuild(
            knowledge, Embedder.bundled(), true, thens::incrementAndGet);
    taken.runTasksLeft(new StemMemo()); // all three, here: the thread then builds only its own
    assertThat(thens).hasValue(1);
    taken.start(true);

    assertThat(describe(RecommendIndex.build(knowledge, taken))).isEqualTo(plain);
    assertThat(thens).hasValue(1);
  }

  /** Every part of an index a recommendation reads, as text (records of arrays by content). */
  static String describe(RecommendIndex index) {
    StringBuilder out = new StringBuilder();
    index
        .signalPatterns()
        .forEach(
            (first, patterns) ->
                patterns.forEach(
                    p ->
                        out.append(first)
                            .append(Arrays.toString(p.stems()))
                            .append(p.role())
                            .append(p.weight())
                            .append(p.signal())
                            .append(p.title())
                            .append('\n')));
    out.append(index.patternCount()).append('\n');
    out.append(index.spellingWords()).append('\n');
    out.append(index.spellingVocabulary()).append('\n');
    out.append(Arrays.toString(index.spellingDeletions())).append('\n');
    for (Map.Entry<String, ProfileIndex.Postings> e : index.profilePostings().entrySet()) {
      out.append(e.getKey())
          .append(Arrays.toString(e.getValue().roles()))
          .append(Arrays.toString(e.getValue().weights()))
          .append('\n');
    }
    out.append(
            index.avoidances().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(",")))
        .append('\n');
    out.append(Arrays.toString(index.semantic().discriminant().weights())).append('\n');
    return out.toString();
  }
}
