package dev.aihire.interview;

import dev.aihire.engine.recommend.Recommendation;
import java.util.List;

/**
 * The end of an interview. The first six fields are {@link Recommendation}'s, in its order, so the
 * JSON is recommend's shape; {@code trail} and the rest are additions. Scores are the posterior
 * probabilities of the roles.
 */
public record InterviewResult(
    String query,
    List<Recommendation.RoleMatch> recommendations,
    Recommendation.Confidence confidence,
    List<Recommendation.Avoid> avoid,
    Recommendation.RunnerUp runnerUp,
    List<Recommendation.NextStep> next,
    List<TrailEntry> trail,
    int questionsAsked,
    String ended) {

  public InterviewResult {
    recommendations = List.copyOf(recommendations);
    avoid = List.copyOf(avoid);
    next = List.copyOf(next);
    trail = List.copyOf(trail);
  }

  /** The answer as {@code recommend} gives it, for its renderer. */
  public Recommendation recommendation() {
    return new Recommendation(
        query, recommendations, confidence, avoid, runnerUp, next, null, null, List.of());
  }

  public String topRole() {
    return recommendations.isEmpty() ? null : recommendations.get(0).role();
  }
}
