package dev.aihire.engine.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The quiz as a pure state machine: grading, recording, stopping, and the result record. */
class QuizSessionTest {
  /** Three questions whose right answers are a, b and c, on three topics. */
  static final Quiz QUIZ =
      new Quiz(
          7,
          List.of(
              question("q1", Topic.ROLES, 0, Study.role("ai-engineer")),
              question("q2", Topic.GLOSSARY, 1, Study.term("rag")),
              question("q3", Topic.GLOSSARY, 2, Study.term("lora"))));

  static QuizQuestion question(String id, Topic topic, int answer, Study study) {
    return new QuizQuestion(
        id,
        Kind.ROLE_FOR_NEED,
        topic,
        "Question " + id + "?",
        List.of("one", "two", "three", "four"),
        answer,
        "Because " + id + ".",
        List.of(study));
  }

  /** Records each typed answer, whatever it is, as an answers file does. */
  static QuizSession answered(String... typed) {
    QuizSession s = new QuizSession(QUIZ);
    for (String t : typed) {
      s.record(s.grade(t));
    }
    return s;
  }

  @Test
  void allRightPassesAHundredPercent() {
    QuizSession s = answered("a", "B", " c ");
    assertThat(s.over()).isTrue();
    QuizResult r = s.result(100);
    assertThat(r.score()).isEqualTo(3);
    assertThat(r.percent()).isEqualTo(100);
    assertThat(r.passed()).isTrue();
    assertThat(r.weakestTopic()).isNull();
    assertThat(r.study()).isEmpty();
  }

  @Test
  void theProgressCountsRightAnswersOutOfThoseGiven() {
    QuizSession s = answered("a", "d");
    assertThat(s.progress()).isEqualTo(new QuizSession.Progress(1, 2, 3));
    assertThat(s.number()).isEqualTo(3);
    assertThat(s.current().id()).isEqualTo("q3");
  }

  @Test
  void aLineThatIsNotALetterIsGradedInvalidAndCountsAsWrongWhenRecorded() {
    QuizSession s = new QuizSession(QUIZ);
    Graded g = s.grade("e");
    assertThat(g.valid()).isFalse();
    assertThat(s.answered()).isZero(); // grading records nothing
    QuizResult r = answered("e", "b", "hello").result(null);
    assertThat(r.questions())
        .extracting(QuizResult.QuestionResult::given)
        .containsExactly(Optional.of("e"), Optional.of("b"), Optional.of("hello"));
    assertThat(r.score()).isEqualTo(1);
  }

  @Test
  void stoppingEndsWithTheScoreSoFarAndUnansweredQuestions() {
    QuizSession s = answered("a", "d");
    s.stop();
    QuizResult r = s.result(50);
    assertThat(r.answered()).isEqualTo(2);
    assertThat(r.stoppedEarly()).isTrue();
    assertThat(r.score()).isEqualTo(1);
    assertThat(r.total()).isEqualTo(3);
    assertThat(r.percent()).isEqualTo(33);
    assertThat(r.passed()).isFalse();
    assertThat(r.questions().get(2).given()).isEmpty();
    assertThat(r.weakestTopic()).isEqualTo(Topic.GLOSSARY);
    assertThat(r.study()).containsExactly(Study.term("rag"));
  }

  @Test
  void percentIsRoundedDownSoThatItAgreesWithThePassRule() {
    QuizResult twoOfThree = answered("a", "b", "a").result(67);
    assertThat(twoOfThree.percent()).isEqualTo(66);
    assertThat(twoOfThree.passed()).isFalse();
    assertThat(answered("a", "b", "a").result(66).passed()).isTrue();
  }

  @Test
  void theWeakestTopicIsTheOneWithTheLowestShareRight() {
    QuizResult r = answered("b", "b", "a").result(null);
    // roles 0 of 1, glossary 1 of 2: roles is weaker; its study command comes first.
    assertThat(r.weakestTopic()).isEqualTo(Topic.ROLES);
    assertThat(r.study()).containsExactly(Study.role("ai-engineer"), Study.term("lora"));
  }

  @Test
  void theSessionRefusesAnAnswerToAnotherQuestionOrAfterTheEnd() {
    QuizSession s = new QuizSession(QUIZ);
    assertThatThrownBy(() -> s.record(Graded.of(QUIZ.questions().get(1), "b")))
        .isInstanceOf(IllegalStateException.class);
    s.stop();
    assertThat(s.over()).isTrue();
    assertThatThrownBy(s::current).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void anOverlongAnswerIsCut() {
    Graded g = Graded.of(QUIZ.questions().get(0), "x".repeat(500));
    assertThat(g.valid()).isFalse();
    assertThat(g.given()).hasSize(Graded.MAX_GIVEN + 1);
  }
}
