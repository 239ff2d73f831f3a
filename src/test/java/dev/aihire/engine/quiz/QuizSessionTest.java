package dev.aihire.engine.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuizSessionTest {
  /** Three questions whose right answers are a, b and c, on three topics. */
  static final Quiz QUIZ = new Quiz(7, List.of(
      question("q1", Topic.ROLES, 0, "aihire roles ai-engineer"),
      question("q2", Topic.GLOSSARY, 1, "aihire glossary rag"),
      question("q3", Topic.GLOSSARY, 2, "aihire glossary lora")));

  static QuizQuestion question(String id, Topic topic, int answer, String study) {
    return new QuizQuestion(id, Kind.ROLE_FOR_NEED, topic, "Question " + id + "?",
        List.of("one", "two", "three", "four"), answer, "Because " + id + ".", List.of(study));
  }

  /** Answers from a list (null: the person stops), and a log of what it was told. */
  static final class Script implements Prompter {
    final Deque<String> answers;
    final List<String> log = new ArrayList<>();
    QuizResult finished;

    Script(String... answers) {
      this.answers = new ArrayDeque<>(Arrays.asList(answers));
    }

    @Override
    public String ask(QuizQuestion q, int number, int total) {
      log.add("ask " + number + "/" + total);
      return answers.isEmpty() ? null : answers.poll();
    }

    @Override
    public void retry(Graded g) {
      log.add("retry " + g.given());
    }

    @Override
    public void feedback(Graded g, Progress p) {
      log.add((g.correct() ? "right " : "wrong ") + p.right() + "/" + p.answered());
    }

    @Override
    public void finish(QuizResult r) {
      finished = r;
    }
  }

  @Test
  void allRightPassesAHundredPercent() {
    Script p = new Script("a", "B", " c ");
    QuizResult r = QuizSession.run(QUIZ, p, true, 100);
    assertThat(p.log).containsExactly("ask 1/3", "right 1/1", "ask 2/3", "right 2/2",
        "ask 3/3", "right 3/3");
    assertThat(r.score()).isEqualTo(3);
    assertThat(r.percent()).isEqualTo(100);
    assertThat(r.passed()).isTrue();
    assertThat(r.weakestTopic()).isNull();
    assertThat(r.study()).isEmpty();
    assertThat(p.finished).isSameAs(r);
  }

  @Test
  void aPersonWhoTypesSomethingElseIsAskedAgain() {
    Script p = new Script("x", "", "a", "a", "c");
    QuizResult r = QuizSession.run(QUIZ, p, true, null);
    assertThat(p.log).containsExactly("ask 1/3", "retry x", "ask 1/3", "retry ", "ask 1/3",
        "right 1/1", "ask 2/3", "wrong 1/2", "ask 3/3", "right 2/3");
    assertThat(r.passed()).isNull();
  }

  @Test
  void anAnswersFileLineThatIsNotALetterCountsAsWrong() {
    Script p = new Script("e", "b", "hello");
    QuizResult r = QuizSession.run(QUIZ, p, false, null);
    assertThat(p.log).containsExactly("ask 1/3", "wrong 0/1", "ask 2/3", "right 1/2",
        "ask 3/3", "wrong 1/3");
    assertThat(r.questions()).extracting(QuizResult.QuestionResult::given)
        .containsExactly(Optional.of("e"), Optional.of("b"), Optional.of("hello"));
  }

  @Test
  void stoppingEndsWithTheScoreSoFarAndUnansweredQuestions() {
    Script p = new Script("a", "d");
    QuizResult r = QuizSession.run(QUIZ, p, true, 50);
    assertThat(r.answered()).isEqualTo(2);
    assertThat(r.stoppedEarly()).isTrue();
    assertThat(r.score()).isEqualTo(1);
    assertThat(r.total()).isEqualTo(3);
    assertThat(r.percent()).isEqualTo(33);
    assertThat(r.passed()).isFalse();
    assertThat(r.questions().get(2).given()).isEmpty();
    assertThat(r.weakestTopic()).isEqualTo(Topic.GLOSSARY);
    assertThat(r.study()).containsExactly("aihire glossary rag");
  }

  @Test
  void percentIsRoundedDownSoThatItAgreesWithThePassRule() {
    QuizResult twoOfThree = QuizSession.run(QUIZ, new Script("a", "b", "a"), false, 67);
    assertThat(twoOfThree.percent()).isEqualTo(66);
    assertThat(twoOfThree.passed()).isFalse();
    assertThat(QuizSession.run(QUIZ, new Script("a", "b", "a"), false, 66).passed()).isTrue();
  }

  @Test
  void theWeakestTopicIsTheOneWithTheLowestShareRight() {
    QuizResult r = QuizSession.run(QUIZ, new Script("b", "b", "a"), false, null);
    // roles 0 of 1, glossary 1 of 2: roles is weaker; its study command comes first.
    assertThat(r.weakestTopic()).isEqualTo(Topic.ROLES);
    assertThat(r.study()).containsExactly("aihire roles ai-engineer", "aihire glossary lora");
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
