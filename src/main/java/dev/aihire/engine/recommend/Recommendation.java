package dev.aihire.engine.recommend;

import java.util.List;

/**
 * The answer to one need. Field names and order are the JSON shape of CONTRACT.md; fields after
 * {@code recommendations} are additions.
 */
public record Recommendation(
    String query,
    List<RoleMatch> recommendations,
    String confidence,
    List<Avoid> avoid,
    RunnerUp runnerUp,
    List<String> next,
    List<String> notes) {

  public Recommendation {
    recommendations = List.copyOf(recommendations);
    avoid = List.copyOf(avoid);
    next = List.copyOf(next);
    notes = List.copyOf(notes);
  }

  public Recommendation(String query, List<RoleMatch> recommendations, String confidence,
      List<Avoid> avoid, RunnerUp runnerUp, List<String> next) {
    this(query, recommendations, confidence, avoid, runnerUp, next, List.of());
  }

  public boolean abstained() {
    return recommendations.isEmpty();
  }

  /** A recommended role: score in [0, 1], the words of the need that drove it. */
  public record RoleMatch(
      String role, String name, double score, List<String> why, String summary,
      List<Evidence> evidence) {
    public RoleMatch {
      why = List.copyOf(why);
      evidence = List.copyOf(evidence);
    }
  }

  /**
   * One matched phrase: the user's words, the knowledge signal, and what it added; {@code title}
   * when the words are the role's own name.
   */
  public record Evidence(String text, String signal, double points, boolean negated,
      boolean title) {
    public Evidence(String text, String signal, double points, boolean negated) {
      this(text, signal, points, negated, false);
    }
  }

  /** A classic mis-hire for this need, with the knowledge's reason. */
  public record Avoid(String role, String name, String reason) {}

  /** The second choice and what in the need would make it the first. */
  public record RunnerUp(String role, String name, String wouldChangeIf) {}
}
