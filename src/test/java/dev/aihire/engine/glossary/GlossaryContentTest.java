package dev.aihire.engine.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aihire.knowledge.KnowledgeLoader;
import dev.aihire.model.Knowledge;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The 2026 glossary: terms a hiring manager meets, each its own entry, no muddled synonyms. */
class GlossaryContentTest {
  private static Knowledge knowledge;
  private static Glossary glossary;

  @BeforeAll
  static void load() throws Exception {
    knowledge = KnowledgeLoader.load(Path.of("roles.yaml"));
    glossary = new Glossary(knowledge);
  }

  @Test
  void atLeast130Terms() {
    assertThat(knowledge.glossary()).hasSizeGreaterThanOrEqualTo(130);
  }

  @ParameterizedTest(name = "\"{0}\" is {1}")
  @CsvSource({
    "rlhf, rlhf",
    "dpo, dpo",
    "sft, sft",
    "post-training, post-training",
    "reasoning model, reasoning-model",
    "context engineering, context-engineering",
    "llm-as-a-judge, llm-as-a-judge",
    "red teaming, red-teaming",
    "open weights, open-weights",
    "data contract, data-contract",
    "eu ai act, eu-ai-act",
    "pii, pii",
    "precision, precision-recall",
    "recall, precision-recall",
    "data leakage, data-leakage",
    "vllm, vllm",
    "model card, model-card",
    "reverse etl, reverse-etl",
    "change data capture, change-data-capture",
    "train-serve skew, train-serve-skew",
    "prompt caching, prompt-caching",
    "human in the loop, human-in-the-loop",
    "distillation, distillation",
    "data labelling, data-labelling",
    // distinct things that used to be aliases of one another
    "base model, base-model",
    "foundation model, foundation-model",
    "faiss, faiss",
    "vector database, vector-database",
    "peft, peft",
    "lora, lora",
    "databricks, databricks",
    "lakehouse, lakehouse"
  })
  void eachTermIsItsOwnEntry(String typed, String id) {
    TermMatch m = glossary.lookup(typed);
    assertThat(m.match()).isEqualTo(TermMatch.Match.EXACT);
    assertThat(m.term().id()).isEqualTo(id);
  }
}
