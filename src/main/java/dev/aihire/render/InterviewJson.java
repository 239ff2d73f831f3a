package dev.aihire.render;

import dev.aihire.engine.recommend.Recommendation;
import dev.aihire.interview.InterviewResult;
import dev.aihire.interview.TrailEntry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON shape of an interview's end: recommend's fields first, in recommend's order, then the
 * question-and-answer trail and how the interview ended.
 */
public record InterviewJson(
    String query,
    List<RecommendJson.Match> recommendations,
    String confidence,
    List<Recommendation.Avoid> avoid,
    RecommendJson.RunnerUp runnerUp,
    List<String> next,
    List<TrailEntry> trail,
    int questionsAsked,
    String ended) {

  public static InterviewJson of(InterviewResult result) {
    Map<String, String> questions = new HashMap<>();
    result.trail().forEach(t -> questions.put(t.questionId(), t.question()));
    List<RecommendJson.Match> matches =
        result.recommendations().stream()
            .map(
                m ->
                    new RecommendJson.Match(
                        m.role(),
                        m.name(),
                        m.score(),
                        RecommendWords.why(m, questions),
                        m.summary(),
                        m.evidence()))
            .toList();
    Recommendation.RunnerUp r = result.runnerUp();
    return new InterviewJson(
        result.query(),
        matches,
        result.confidence().toString(),
        result.avoid(),
        r == null
            ? null
            : new RecommendJson.RunnerUp(r.role(), r.name(), RecommendWords.wouldChangeIf(r)),
        RecommendWords.commands(result.next()),
        result.trail(),
        result.questionsAsked(),
        result.ended());
  }
}
