package dev.aihire.model;

import java.util.List;
import java.util.Map;

/** A guided-interview question; each answer says something about each role. */
public record Question(String id, String text, String why, List<Answer> answers) {
  public Question {
    answers = List.copyOf(answers);
  }

  /** An answer choice and its points (-3..3) per role id. */
  public record Answer(String text, Map<String, Integer> points) {
    public Answer {
      points = Map.copyOf(points);
    }

    public int pointsFor(String roleId) {
      return points.getOrDefault(roleId, 0);
    }
  }
}
