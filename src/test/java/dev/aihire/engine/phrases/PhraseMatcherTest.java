package dev.aihire.engine.phrases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhraseMatcherTest {

  @ParameterizedTest(name = "''{1}'' in ''{0}'' -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      Accuracy has degraded by 15%            | accuracy degraded   | Accuracy has degraded
      the pipelines broke last night          | pipeline broke      | pipelines broke
      there are no outages this month         | outages             |
      latency is fine. Accuracy dropped       | latency accuracy    |
      we have no warehouse yet                | no warehouse        | no warehouse
      the research prototype was handed off   | handed off          | handed off
      accuracy, as far as we know, degraded   | accuracy degraded   |
      """)
  void findsPhrasesByStemsInOrderOutsideNegationAndClauses(
      String text, String phrase, String quoted) {
    PhraseMatcher.Match m = new PhraseMatcher(text).find(phrase);

    if (quoted == null) {
      assertThat(m).isNull();
    } else {
      assertThat(m).isNotNull();
      assertThat(m.quoted()).isEqualTo(quoted);
    }
  }

  @ParameterizedTest(name = "gap {1}")
  @CsvSource({"0, false", "2, true"})
  void aGapLetsTheWritersOwnWordsStandBetween(int gap, boolean found) {
    PhraseMatcher text = new PhraseMatcher("the model's latency has spiked", gap);

    assertThat(text.find("latency spiked") != null).isEqualTo(found);
  }
}
