package dev.aihire.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.aihire.compiled.KnowledgeStore;
import dev.aihire.engine.recommend.Recommendation;
import dev.aihire.model.Knowledge;
import dev.aihire.model.Question;
import dev.aihire.render.RecommendWords;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The state machine: question choice, answer, skip, back, why, and when it stops. */
class InterviewTest {
  static Knowledge knowledge;

  @BeforeAll
  static void load() throws Exception {
    knowledge = KnowledgeStore.bundled().knowledge();
  }

  static Interview fresh() {
    return Interview.start(knowledge, Settings.defaults());
  }

  @Test
  void startsUniformAndAsksTheMostInformativeQuestion() {
    Interview interview = fresh();
    double[] belief = interview.belief();
    assertThat(belief).containsOnly(1.0 / knowledge.roles().size());
    Question first = interview.current();
    double firstGain =
        Belief.expectedGain(belief, Likelihoods.of(first, ids(), Likelihoods.K, Likelihoods.LAPSE));
    for (Question q : knowledge.questions()) {
      assertThat(
              Belief.expectedGain(
                  belief, Likelihoods.of(q, ids(), Likelihoods.K, Likelihoods.LAPSE)))
          .isLessThanOrEqualTo(firstGain);
    }
  }

  @Test
  void anAnswerMovesTheBeliefTowardTheRolesItGivesPointsTo() {
    Interview interview = fresh();
    Question q = interview.current();
    int forAi = Simulation.profileAnswer(q, "ai-engineer");
    interview.answer(forAi);
    assertThat(interview.probability("ai-engineer")).isGreaterThan(0.1);
    assertThat(Arrays.stream(interview.belief()).sum()).isCloseTo(1.0, within(1e-9));
    assertThat(interview.asked()).isEqualTo(1);
    assertThat(interview.current()).isNotEqualTo(q);
  }

  @Test
  void skipChangesNothingButMovesOnAndIsNotAskedAgain() {
    Interview interview = fresh();
    double[] before = interview.belief();
    Question skipped = interview.current();
    interview.skip();
    assertThat(interview.belief()).containsExactly(before);
    assertThat(interview.current()).isNotEqualTo(skipped);
    assertThat(interview.history())
        .containsExactly(
            new Interview.Step(knowledge.questions().indexOf(skipped), Interview.SKIPPED));
    while (!interview.finished()) {
      assertThat(interview.current()).isNotEqualTo(skipped);
      interview.skip();
    }
    assertThat(interview.result().trail())
        .allSatisfy(
            t -> {
              assertThat(t.answer()).isEqualTo("skip");
              assertThat(t.effect()).contains("no change");
            });
  }

  @Test
  void backUndoesTheLastAnswerExactlyAndAsksThatQuestionAgain() {
    Interview interview = fresh();
    interview.answer(0);
    double[] afterFirst = interview.belief();
    Question second = interview.current();
    interview.answer(1);
    assertThat(interview.belief()).isNotEqualTo(afterFirst);
    assertThat(interview.back()).isTrue();
    assertThat(interview.belief()).containsExactly(afterFirst);
    assertThat(interview.current()).isEqualTo(second);
    assertThat(interview.asked()).isEqualTo(1);
  }

  @Test
  void backAfterASkipAsksTheSkippedQuestionAgain() {
    Interview interview = fresh();
    Question first = interview.current();
    interview.skip();
    assertThat(interview.back()).isTrue();
    assertThat(interview.current()).isEqualTo(first);
    assertThat(interview.asked()).isZero();
  }

  @Test
  void backAtTheStartHasNothingToUndo() {
    Interview interview = fresh();
    Question first = interview.current();
    assertThat(interview.back()).isFalse();
    assertThat(interview.current()).isEqualTo(first);
  }

  @Test
  void backReopensAFinishedInterview() {
    Interview interview = Interview.start(knowledge, Settings.defaults().withMaxQuestions(1));
    interview.answer(0);
    assertThat(interview.finished()).isTrue();
    assertThat(interview.ending()).isEqualTo(Interview.Ending.MAX_QUESTIONS);
    interview.back();
    assertThat(interview.finished()).isFalse();
  }

  @Test
  void whyGivesTheQuestionsReasonAndTheRolesItSeparatesNow() {
    Interview interview = fresh();
    interview.answer(Simulation.profileAnswer(interview.current(), "data-engineer"));
    Explanation why = interview.why();
    Question q = interview.current();
    assertThat(why.questionId()).isEqualTo(q.id());
    assertThat(why.why()).isEqualTo(q.why());
    assertThat(why.separates()).hasSizeBetween(2, Explanation.MAX_NAMED);
    assertThat(why.separates().get(0).probability())
        .isGreaterThanOrEqualTo(why.separates().get(1).probability());
    assertThat(why.gainBits()).isPositive();
    assertThat(why.separatesSentence())
        .startsWith("Right now it separates ")
        .contains(why.separates().get(0).name())
        .contains("most likely answer");
    // "why" is a question about the state, not a change of it.
    assertThat(interview.current()).isEqualTo(q);
    assertThat(interview.asked()).isEqualTo(1);
  }

  @Test
  void stopsWhenOneRoleIsClearlyAhead() {
    Interview interview = Interview.start(knowledge, Settings.defaults().withMaxQuestions(20));
    while (!interview.finished()) {
      interview.answer(Simulation.profileAnswer(interview.current(), "mlops-engineer"));
    }
    assertThat(interview.ending()).isEqualTo(Interview.Ending.CONFIDENT);
    assertThat(interview.probability("mlops-engineer")).isGreaterThanOrEqualTo(0.8);
    InterviewResult result = interview.result();
    assertThat(result.topRole()).isEqualTo("mlops-engineer");
    assertThat(result.confidence()).isEqualTo(Recommendation.Confidence.STRONG);
    assertThat(result.ended()).isEqualTo("confident");
    assertThat(result.recommendations().get(0).evidence())
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e.kind()).isEqualTo(Recommendation.Source.ANSWER));
    assertThat(RecommendWords.why(result.recommendations().get(0), Map.of()))
        .isNotEmpty()
        .allSatisfy(w -> assertThat(w).startsWith("You answered \""));
    assertThat(result.next().get(0))
        .isEqualTo(
            new Recommendation.NextStep(
                Recommendation.NextStep.Action.ROLES, List.of("mlops-engineer")));
  }

  @Test
  void stopsAtTheQuestionLimit() {
    Interview interview = Interview.start(knowledge, Settings.defaults().withMaxQuestions(2));
    interview.skip();
    interview.skip();
    assertThat(interview.finished()).isTrue();
    assertThat(interview.ending()).isEqualTo(Interview.Ending.MAX_QUESTIONS);
    assertThatThrownBy(interview::skip).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void resultScoresAreTheBeliefAndTheTrailFollowsTheHistory() {
    Interview interview = fresh();
    interview.answer(0);
    interview.skip();
    interview.answer(1);
    interview.leave();
    InterviewResult result = interview.result();
    assertThat(result.ended()).isEqualTo("left");
    assertThat(result.questionsAsked()).isEqualTo(3);
    assertThat(result.trail()).hasSize(3);
    assertThat(result.trail().get(1).answer()).isEqualTo("skip");
    assertThat(result.trail().get(0).effect()).contains("%").contains("→");
    double sum = 0;
    for (var m : result.recommendations()) {
      assertThat(m.score())
          .isBetween(0.0, 1.0)
          .isCloseTo(interview.probability(m.role()), within(0.0006));
      sum += m.score();
    }
    assertThat(sum).isLessThanOrEqualTo(1.001);
    assertThat(result.recommendation().recommendations()).isEqualTo(result.recommendations());
  }

  @Test
  void aStartingDescriptionGivesAHeadStartNotAVerdict() {
    Interview chatbot =
        Interview.start(
            knowledge, Settings.defaults(), "we need a support chatbot on our docs by Friday");
    double ai = chatbot.probability("ai-engineer");
    assertThat(ai).isGreaterThan(0.3).isLessThan(0.8);
    assertThat(chatbot.finished()).isFalse();
    Interview plumber = Interview.start(knowledge, Settings.defaults(), "a plumber for a leak");
    assertThat(plumber.belief()).containsOnly(1.0 / knowledge.roles().size());
    assertThat(plumber.result().query()).isEqualTo("a plumber for a leak");
  }

  @Test
  void likelihoodsAreDistributionsOverAnswers() {
    for (Question q : knowledge.questions()) {
      double[][] l = Likelihoods.of(q, ids(), Likelihoods.K, Likelihoods.LAPSE);
      for (int r = 0; r < ids().size(); r++) {
        double sum = 0;
        for (double[] answer : l) {
          assertThat(answer[r]).isGreaterThanOrEqualTo(Likelihoods.LAPSE / l.length);
          sum += answer[r];
        }
        assertThat(sum).isCloseTo(1.0, within(1e-9));
      }
    }
  }

  private static java.util.List<String> ids() {
    return knowledge.roles().stream().map(dev.aihire.model.Role::id).toList();
  }
}
