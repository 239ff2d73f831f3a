package dev.aihire.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any bytes given as a knowledge file: the loader either returns knowledge or throws {@link
 * KnowledgeException} with at least one located problem. Anything else (a runtime exception, a
 * StackOverflowError, a hang) is a crash. Runs on the seeds in KnowledgeLoaderFuzzTestInputs in
 * every build; {@code JAZZER_FUZZ=1} fuzzes (docs/reliability.md).
 */
class KnowledgeLoaderFuzzTest {
  @FuzzTest(maxDuration = "5m")
  void parseOnlyEverThrowsKnowledgeException(byte[] bytes) {
    try {
      KnowledgeLoader.parse("fuzz.yaml", bytes);
    } catch (KnowledgeException e) {
      assertThat(e.problems()).isNotEmpty();
      for (Problem p : e.problems()) {
        assertThat(p.line()).isPositive();
        assertThat(p.column()).isPositive();
        assertThat(p.message()).isNotBlank();
      }
    }
  }
}
