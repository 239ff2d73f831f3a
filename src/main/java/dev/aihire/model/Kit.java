package dev.aihire.model;

import java.util.List;

/**
 * What interviewers need for one role beyond its questions: the competencies to score, with what
 * each of four levels looks like, a work sample, and what a weak answer to each of the role's
 * interview questions sounds like.
 */
public record Kit(
    String role,
    List<Competency> competencies,
    WorkSample workSample,
    List<WeakAnswer> weakAnswers,
    List<ExtraQuestion> extraQuestions) {

  /** The levels of a competency: 1 (concern) to 4 (strong), in that order. */
  public static final int LEVELS = 4;

  public Kit {
    competencies = List.copyOf(competencies);
    weakAnswers = List.copyOf(weakAnswers);
    extraQuestions = List.copyOf(extraQuestions);
  }

  /** A skill to score 1–4; {@code levels} holds four descriptions, level 1 first. */
  public record Competency(String name, String covers, List<String> levels) {
    public Competency {
      levels = List.copyOf(levels);
    }
  }

  /** A bounded exercise close to the real job, and what a good submission contains. */
  public record WorkSample(String task, List<String> goodSubmission, String timeBox) {
    public WorkSample {
      goodSubmission = List.copyOf(goodSubmission);
    }
  }

  /** A question the kit adds to the role's own, complete with its answers. */
  public record ExtraQuestion(
      String question, String tests, String strongAnswer, String weakAnswer) {}

  /** What a weak answer to one of the role's interview questions (its exact text) sounds like. */
  public record WeakAnswer(String question, String answer) {}
}
