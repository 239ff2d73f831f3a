package dev.aihire.model;

import java.util.List;

/** A hand-written quiz question from the knowledge file. */
public record QuizItem(
    String id,
    String topic,
    String question,
    List<String> choices,
    int answer,
    String explanation) {
  public QuizItem {
    choices = List.copyOf(choices);
  }
}
