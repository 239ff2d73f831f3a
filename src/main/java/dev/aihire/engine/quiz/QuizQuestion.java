package dev.aihire.engine.quiz;

import java.util.List;

/**
 * One multiple-choice question. {@code answer} is the index of the one right choice; {@code study}
 * says where the knowledge behind it is shown (the role ml-engineer).
 */
public record QuizQuestion(
    String id,
    Kind kind,
    Topic topic,
    String question,
    List<String> choices,
    int answer,
    String explanation,
    List<Study> study) {

  public QuizQuestion {
    choices = List.copyOf(choices);
    study = List.copyOf(study);
    if (choices.size() < 2 || answer < 0 || answer >= choices.size()) {
      throw new IllegalArgumentException(
          "question " + id + ": answer " + answer + " of " + choices.size() + " choices");
    }
  }

  public String rightChoice() {
    return choices.get(answer);
  }

  /** The letter of choice {@code i}: a, b, c … */
  public static String letter(int i) {
    return String.valueOf((char) ('a' + i));
  }

  public String answerLetter() {
    return letter(answer);
  }
}
