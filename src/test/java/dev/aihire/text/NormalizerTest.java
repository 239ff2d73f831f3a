package dev.aihire.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NormalizerTest {
  @Test
  void stemsAloneAreTheStemsOfTheTokens() throws Exception {
    List<String> texts =
        new java.util.ArrayList<>(
            java.nio.file.Files.readAllLines(java.nio.file.Path.of("roles.yaml")));
    texts.addAll(
        List.of(
            "We don't need C++ or C# — just F#++ and ﬁne-tuning!",
            "team's KPIs, not the analysts' dashboards; rather than training",
            "x".repeat(70) + "ing " + "Ünïcödé wörds and 12ab34 digits",
            "",
            "   "));
    for (String text : texts) {
      assertThat(Normalizer.stems(text))
          .as(text)
          .isEqualTo(Normalizer.tokens(text).stream().map(Token::stem).toList());
    }
  }

  @Test
  void aWordMetAgainIsTheSameStringAndStemsAlikeAfterTheMemoStartsOver() {
    List<String> before = Normalizer.stems("pipelines trained word7s");
    String once = Normalizer.stems("pipelines").get(0);
    assertThat(Normalizer.stems("Our PIPELINES broke").get(1)).isSameAs(once);
    for (int i = 0; i <= WordMemo.MAX_WORDS; i++) {
      Normalizer.stems("word" + i + "s");
    }
    assertThat(Normalizer.stems("pipelines trained word7s"))
        .isEqualTo(before)
        .containsExactly("pipelin", "train", "word7s");
  }

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
