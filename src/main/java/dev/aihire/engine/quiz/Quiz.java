package dev.aihire.engine.quiz;

import java.util.List;

/** The questions of one quiz, and the seed that reproduces it. */
public record Quiz(long seed, List<QuizQuestion> questions) {
  public Quiz {
    questions = List.copyOf(questions);
  }

  public int size() {
    return questions.size();
  }
}
