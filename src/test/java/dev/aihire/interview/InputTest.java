package dev.aihire.interview;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InputTest {
  @ParameterizedTest
  @CsvSource({
    "1, Choice[index=0]",
    "' 4 ', Choice[index=3]",
    "a, Choice[index=0]",
    "B, Choice[index=1]",
    "skip, Skip[]",
    "SKIP, Skip[]",
    "back, Back[]",
    "why, Why[]",
    "?, Why[]",
    "0, Invalid",
    "5, Invalid",
    "e, Invalid",
    "'', Invalid",
    "ba, Invalid",
    "yes, Invalid"
  })
  void parsesOneReplyToAQuestionWithFourAnswers(String typed, String expected) {
    Input input = Input.parse(typed, 4);
    assertThat(input.toString()).startsWith(expected);
  }

  @ParameterizedTest
  @CsvSource({"2, a-b", "5, a-e"})
  void theHintNamesTheValidRange(int answers, String letters) {
    assertThat(((Input.Invalid) Input.parse("x", answers)).message())
        .contains("1 to " + answers)
        .contains(letters)
        .contains("skip, back or why");
  }
}
