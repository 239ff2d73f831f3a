package dev.aihire.engine.kit;

import dev.aihire.model.Kit;
import java.util.List;

/**
 * Everything interviewers need for one role, in the order a kit presents it. Field names are the
 * JSON shape of CONTRACT.md ({@code questions}, {@code scorecard}, {@code work_sample}). {@code
 * missing} names the parts the knowledge has no kit data for (see {@link Part}).
 */
public record InterviewKit(
    String role,
    String name,
    String summary,
    List<NotThis> notThis,
    List<Assess> competencies,
    List<KitQuestion> questions,
    List<String> goodSigns,
    List<String> redFlags,
    List<ScoreRow> scorecard,
    Kit.WorkSample workSample,
    List<Smell> postingSmells,
    List<Part> missing) {

  public InterviewKit {
    notThis = List.copyOf(notThis);
    competencies = List.copyOf(competencies);
    questions = List.copyOf(questions);
    goodSigns = List.copyOf(goodSigns);
    redFlags = List.copyOf(redFlags);
    scorecard = List.copyOf(scorecard);
    postingSmells = List.copyOf(postingSmells);
    missing = List.copyOf(missing);
  }

  /** A role this one is mistaken for, and what separates them. */
  public record NotThis(String role, String name, String difference) {}

  public record Assess(String competency, String covers) {}

  /** {@code weakAnswer} is null when the knowledge has none for this question. */
  public record KitQuestion(
      String question, String tests, String strongAnswer, String weakAnswer) {}

  /** A scorecard row: the competency and what levels 1 to 4 look like. */
  public record ScoreRow(String competency, List<String> levels) {
    public ScoreRow {
      levels = List.copyOf(levels);
    }
  }

  /** A posting smell for this role: its kind and what to write instead. */
  public record Smell(String kind, String change) {}

  /** The parts of a kit that come from the knowledge's kits section. */
  public enum Part {
    COMPETENCIES("competencies"),
    WORK_SAMPLE("work_sample"),
    WEAK_ANSWERS("weak_answers");

    private final String id;

    Part(String id) {
      this.id = id;
    }

    @Override
    public String toString() {
      return id;
    }
  }
}
