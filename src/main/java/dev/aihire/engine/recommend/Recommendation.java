package dev.aihire.engine.recommend;

import dev.aihire.model.NotAHireKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The answer to one need, as data: which roles, on what evidence, how sure, what to avoid and what
 * to look at next. Every sentence a person reads is written from it by the renderers.
 *
 * @param titleMismatch the role the text names and the one its duties point to, when they differ (a
 *     posting smell); null otherwise
 * @param notAHire why nothing is recommended, when the need reads like another kind of hire; null
 *     otherwise
 * @param mixed the roles of a need that holds two separate jobs, in the order to hire them; empty
 *     otherwise
 */
public record Recommendation(
    String query,
    List<RoleMatch> recommendations,
    Confidence confidence,
    List<Avoid> avoid,
    RunnerUp runnerUp,
    List<NextStep> next,
    TitleMismatch titleMismatch,
    NotAHire notAHire,
    List<String> mixed) {

  public Recommendation {
    recommendations = List.copyOf(recommendations);
    avoid = List.copyOf(avoid);
    next = List.copyOf(next);
    mixed = List.copyOf(mixed);
  }

  /** Nothing fits: an answer, not an error. */
  public static Recommendation none(String query, NotAHire why) {
    return new Recommendation(
        query, List.of(), Confidence.NONE, List.of(), null, List.of(), null, why, List.of());
  }

  public boolean abstained() {
    return recommendations.isEmpty();
  }

  /** How sure the answer is. */
  public enum Confidence {
    STRONG,
    MODERATE,
    WEAK,
    NONE;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** A recommended role: score in [0, 1] and the evidence that drove it, strongest first. */
  public record RoleMatch(
      String role, String name, double score, String summary, List<Evidence> evidence) {
    public RoleMatch {
      evidence = List.copyOf(evidence);
    }

    /** The need's own words behind the role's positive signals, strongest first, each once. */
    public List<String> quotes(int max) {
      List<String> out = new ArrayList<>();
      for (Evidence e : evidence) {
        if (e.kind() == Source.SIGNAL
            && e.points() > 0
            && out.size() < max
            && out.stream().noneMatch(q -> q.equalsIgnoreCase(e.text()))) {
          out.add(e.text());
        }
      }
      return out;
    }
  }

  /** Where a piece of evidence came from. */
  public enum Source {
    /** A signal phrase of the role, or its name, found in the need. */
    SIGNAL,
    /** A word of the need found in the role's profile. */
    PROFILE,
    /** The need reads like one of the role's situation sentences. */
    SEMANTIC,
    /** An answer given in the guided interview. */
    ANSWER;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * One piece of evidence. For {@code signal} and {@code profile}: {@code text} is the user's
   * words, {@code signal} the knowledge phrase. For {@code semantic}: {@code text} is the knowledge
   * sentence the need is closest to and {@code similarity} its cosine. For {@code answer}: {@code
   * text} is the answer given, {@code signal} the question's id. {@code title} marks a role's own
   * name said in the need.
   */
  public record Evidence(
      Source kind,
      String text,
      String signal,
      double points,
      boolean negated,
      boolean title,
      Double similarity) {
    /** The signal name of profile and semantic evidence, which have no phrase of their own. */
    public static final String PROFILE = "(profile)";

    public static final String SEMANTIC = "(semantic)";

    public static Evidence signal(
        String text, String signal, double points, boolean negated, boolean title) {
      return new Evidence(Source.SIGNAL, text, signal, points, negated, title, null);
    }

    public static Evidence profile(String text, double points) {
      return new Evidence(Source.PROFILE, text, PROFILE, points, false, false, null);
    }

    public static Evidence semantic(String sentence, double points, double similarity) {
      return new Evidence(Source.SEMANTIC, sentence, SEMANTIC, points, false, false, similarity);
    }

    public static Evidence answer(String answer, String questionId, double points) {
      return new Evidence(Source.ANSWER, answer, questionId, points, false, false, null);
    }
  }

  /** A classic mis-hire for this need, with the knowledge's reason. */
  public record Avoid(String role, String name, String reason) {}

  /**
   * The second choice, and the knowledge sentence that separates it from the first: the pair's
   * stated difference, or else what the runner-up is hired for.
   */
  public record RunnerUp(String role, String name, Basis basis, String text) {
    /** Which knowledge sentence {@code text} is. */
    public enum Basis {
      DIFFERENCE,
      HIRE_FOR
    }
  }

  /** A command worth running next, as data: what it does and on which roles. */
  public record NextStep(Action action, List<String> roles) {
    public NextStep {
      roles = List.copyOf(roles);
    }

    /** The kinds of next step. */
    public enum Action {
      /** Show one role in full. */
      ROLES,
      /** Compare two roles side by side. */
      COMPARE
    }
  }

  /** The text names one role while its duties point to another. */
  public record TitleMismatch(
      String titleRole, String titleName, String dutiesRole, String dutiesName) {}

  /**
   * Why no individual AI or data role fits: the need reads like another kind of job, a leadership
   * hire or something usually bought. {@code closest} is the knowledge situation it is nearest to,
   * when semantic evidence decided.
   */
  public record NotAHire(
      NotAHireKind kind, String id, String name, String advice, String closest) {}
}
