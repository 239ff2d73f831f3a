package dev.aihire.render;

import dev.aihire.engine.quiz.QuizResult;
import dev.aihire.engine.quiz.QuizResult.QuestionResult;
import dev.aihire.engine.quiz.Topic;
import java.util.List;

/**
 * The JSON shape of a quiz's end: {@link QuizResult} field for field, in its order, with each study
 * pointer written as the command that shows it, as the text summary lists them.
 */
public record QuizJson(
    List<QuestionResult> questions,
    int score,
    int total,
    int percent,
    Boolean passed,
    Integer passMark,
    int answered,
    long seed,
    Topic weakestTopic,
    List<String> study) {

  public static QuizJson of(QuizResult r) {
    return new QuizJson(
        r.questions(),
        r.score(),
        r.total(),
        r.percent(),
        r.passed(),
        r.passMark(),
        r.answered(),
        r.seed(),
        r.weakestTopic(),
        r.study().stream().map(QuizRenderer::command).toList());
  }
}
