package dev.aihire.engine.team;

import dev.aihire.model.Stage;
import java.util.List;

/**
 * An ordered hiring plan for one need. {@code stage} is the one asked for or read from the need
 * (null when neither says); {@code stageFromNeed} tells which.
 */
public record TeamPlan(
    String need,
    Stage stage,
    boolean stageFromNeed,
    List<Hire> plan,
    List<NotYet> notYet,
    List<RiskFound> risks) {

  public TeamPlan {
    plan = List.copyOf(plan);
    notYet = List.copyOf(notYet);
    risks = List.copyOf(risks);
  }

  /** Why a hire is in the plan. */
  public enum Basis {
    /** The recommend engine's answer to the need. */
    RECOMMENDED,
    /** The need shows that {@code forRole} would not pay off without this hire first. */
    PREREQUISITE,
    /** An earlier hire in the plan makes this one the natural next. */
    UNLOCKED
  }

  /**
   * One hire. {@code why} holds the recommend engine's reasons when it named this role; {@code
   * evidence} the user's words that triggered a prerequisite; {@code forRole} the hire this one
   * comes before (PREREQUISITE) or after (UNLOCKED).
   */
  public record Hire(
      String role,
      String name,
      Basis basis,
      String forRole,
      String forName,
      List<String> why,
      List<String> evidence,
      String because,
      List<NeedsFirst> needsFirst,
      List<String> then,
      String stageNote) {
    public Hire {
      why = List.copyOf(why);
      evidence = List.copyOf(evidence);
      needsFirst = List.copyOf(needsFirst);
      then = List.copyOf(then);
    }
  }

  /**
   * Something that must exist before a hire pays off: a role ({@code role} set; {@code inPlan} when
   * the plan hires it earlier) or a plain condition.
   */
  public record NeedsFirst(String role, String name, String what, boolean inPlan) {}

  /** A hire that would be premature for this need, and what would make it right. */
  public record NotYet(String role, String name, String condition, List<String> rightAfter) {
    public NotYet {
      rightAfter = List.copyOf(rightAfter);
    }
  }

  /** A risky shape of the planned (or audited) team, from the knowledge's risk patterns. */
  public record RiskFound(String id, List<String> roles, List<String> evidence, String message) {
    public RiskFound {
      roles = List.copyOf(roles);
      evidence = List.copyOf(evidence);
    }
  }
}
