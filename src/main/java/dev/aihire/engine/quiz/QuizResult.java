package dev.aihire.engine.quiz;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How a quiz went: every question with the answer given, and the score. The JSON document of {@code
 * aihire quiz --format json} is this record field for field (render's {@code QuizJson}, which
 * writes the study pointers as commands); its field names are public.
 *
 * <p>{@code score} counts right answers out of {@code total}, all the questions of the quiz: a
 * question left unanswered (the answers ran out, or the person stopped) is not right, so stopping
 * early can never pass a {@code --pass} mark that finishing would fail. {@code percent} is rounded
 * down, which makes {@code percent >= pass} exactly the pass rule.
 */
public record QuizResult(
    List<QuestionResult> questions,
    int score,
    int total,
    int percent,
    Boolean passed,
    Integer passMark,
    int answered,
    long seed,
    Topic weakestTopic,
    List<Study> study) {

  /** The most study pointers the summary suggests. */
  static final int MAX_STUDY = 5;

  public QuizResult {
    questions = List.copyOf(questions);
    study = List.copyOf(study);
  }

  /**
   * One question and its answer. {@code given} is empty (JSON null) when it was not answered, and
   * holds the text as typed when it was not a letter of the question.
   */
  public record QuestionResult(
      String question,
      Kind kind,
      Topic topic,
      List<String> choices,
      String answer,
      Optional<String> given,
      boolean correct,
      String explanation,
      String id) {}

  public boolean stoppedEarly() {
    return answered < total;
  }

  static QuizResult of(Quiz quiz, List<Graded> answers, Integer passPercent) {
    List<QuestionResult> rows = new ArrayList<>();
    int score = 0;
    for (int i = 0; i < quiz.size(); i++) {
      QuizQuestion q = quiz.questions().get(i);
      Graded g = i < answers.size() ? answers.get(i) : null;
      score += g != null && g.correct() ? 1 : 0;
      rows.add(
          new QuestionResult(
              q.question(),
              q.kind(),
              q.topic(),
              q.choices(),
              q.answerLetter(),
              Optional.ofNullable(g).map(Graded::given),
              g != null && g.correct(),
              q.explanation(),
              q.id()));
    }
    int total = quiz.size();
    int percent = total == 0 ? 0 : score * 100 / total;
    Boolean passed = passPercent == null ? null : score * 100 >= passPercent * total;
    Topic weakest = weakest(answers);
    return new QuizResult(
        rows,
        score,
        total,
        percent,
        passed,
        passPercent,
        answers.size(),
        quiz.seed(),
        weakest,
        study(answers, weakest));
  }

  /** The topic with the lowest share of right answers among those with a miss; null if none. */
  private static Topic weakest(List<Graded> answers) {
    Map<Topic, int[]> byTopic = new EnumMap<>(Topic.class); // {right, missed}
    for (Graded g : answers) {
      byTopic.computeIfAbsent(g.question().topic(), t -> new int[2])[g.correct() ? 0 : 1]++;
    }
    return byTopic.entrySet().stream()
        .filter(e -> e.getValue()[1] > 0)
        .min(
            Comparator.<Map.Entry<Topic, int[]>>comparingDouble(
                    e -> e.getValue()[0] / (double) (e.getValue()[0] + e.getValue()[1]))
                .thenComparing(e -> -e.getValue()[1]))
        .map(Map.Entry::getKey)
        .orElse(null);
  }

  /** What to read after the quiz: the misses of the weakest topic first. */
  private static List<Study> study(List<Graded> answers, Topic weakest) {
    Set<Study> pointers = new LinkedHashSet<>();
    List<Graded> missed =
        answers.stream()
            .filter(g -> !g.correct())
            .sorted(Comparator.comparing(g -> g.question().topic() != weakest))
            .toList();
    for (Graded g : missed) {
      List<Study> own = g.question().study();
      pointers.addAll(own.isEmpty() ? List.of(Study.list(g.question().topic())) : own);
    }
    return pointers.stream().limit(MAX_STUDY).toList();
  }
}
