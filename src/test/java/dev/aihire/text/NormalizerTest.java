package dev.aihire.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NormalizerTest {
  @ParameterizedTest
  @CsvSource({
    "pipelines, pipeline",
    "Dashboards, dashboard",
    "trained, train",
    "training, train",
    "modelling, modeling",
    "companies, company",
    "APIs, api",
    "KPIs, kpi",
    "analysis, analysis",
    "deployed, deploy",
    "shipping, ship",
    "embedded, embed",
    "prices, pricing"
  })
  void inflectionsMeet(String a, String b) {
    assertThat(Normalizer.stems(a)).isEqualTo(Normalizer.stems(b));
  }

  @Test
  void unicodeAndPunctuationAreFolded() {
    assertThat(Normalizer.stems("ＬＬＭ-powered, retrieval‑augmented “RAG”"))
        .containsExactly("llm", "power", "retrieval", "augment", "rag");
    assertThat(Normalizer.stems("C++ and C# devs")).containsExactly("cpp", "and", "csharp", "dev");
    assertThat(Normalizer.stems("don't")).containsExactly("dont");
  }

  @Test
  void negationCoversTheRestOfTheClauseOnly() {
    assertThat(negated("we don't need anyone to train models; we need a chatbot"))
        .containsExactly("need", "anyon", "to", "train", "model");
    assertThat(negated("not looking for dashboards, we want forecasts"))
        .containsExactly("look", "for", "dashboard");
    assertThat(negated("no training involved but lots of prompts"))
        .containsExactly("train", "involv");
    assertThat(negated("a chatbot rather than a custom model"))
        .containsExactly("a", "custom", "model");
  }

  @Test
  void descriptionIsNotRefusal() {
    assertThat(negated("models that don't fall apart in production")).isEmpty();
    assertThat(negated("our accuracy dropped and we can't tell why")).isEmpty();
  }

  @Test
  void offsetsPointIntoTheText() {
    String text = "Need a Data Engineer!";
    Token t = Normalizer.tokens(text).get(2);
    assertThat(text.substring(t.start(), t.end())).isEqualTo("Data");
  }

  private static List<String> negated(String text) {
    return Normalizer.tokens(text).stream().filter(Token::negated).map(Token::stem).toList();
  }
}
