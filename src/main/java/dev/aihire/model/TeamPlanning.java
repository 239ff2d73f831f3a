package dev.aihire.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code team:} section: what each role needs before it pays off, what it makes possible, when
 * it would be premature, notes per stage, and patterns of risky teams. Conditions are phrase lists
 * matched in the user's text, so editors add rules without code.
 */
public record TeamPlanning(List<StageCue> stages, List<RolePlan> roles, List<Risk> risks) {

  public TeamPlanning {
    stages = List.copyOf(stages);
    roles = List.copyOf(roles);
    risks = List.copyOf(risks);
  }

  public static TeamPlanning empty() {
    return new TeamPlanning(List.of(), List.of(), List.of());
  }

  public Optional<RolePlan> plan(String role) {
    return roles.stream().filter(r -> r.role().equals(role)).findFirst();
  }

  /** Words in a need that tell the stage when --stage is not given. */
  public record StageCue(Stage stage, List<String> when) {
    public StageCue {
      when = List.copyOf(when);
    }
  }

  /** Planning knowledge for one role. {@code premature} may be null: never premature. */
  public record RolePlan(
      String role,
      List<Prerequisite> needsFirst,
      List<String> then,
      List<String> unlocks,
      Premature premature,
      Map<Stage, String> stageNotes) {
    public RolePlan {
      needsFirst = List.copyOf(needsFirst);
      then = List.copyOf(then);
      unlocks = List.copyOf(unlocks);
      stageNotes = Map.copyOf(stageNotes);
    }
  }

  /**
   * What must exist before a hire pays off. With a {@code role}, that role is hired first whenever
   * one of the {@code when} phrases is in the need (always, when the list is empty). Without one,
   * it is a condition to state.
   */
  public record Prerequisite(String role, List<String> when, String what) {
    public Prerequisite {
      when = List.copyOf(when);
    }
  }

  /**
   * A hire that is premature until the need says one of {@code rightWhen}, or an earlier hire in
   * the plan is one of {@code rightAfter}; {@code condition} says it in words.
   */
  public record Premature(String condition, List<String> rightWhen, List<String> rightAfter) {
    public Premature {
      rightWhen = List.copyOf(rightWhen);
      rightAfter = List.copyOf(rightAfter);
    }
  }

  /**
   * A risky shape of team: every role of {@code has} present, none of {@code lacks}, and (when
   * {@code when} is not empty) one of its phrases in the text.
   */
  public record Risk(
      String id, List<String> has, List<String> lacks, List<String> when, String message) {
    public Risk {
      has = List.copyOf(has);
      lacks = List.copyOf(lacks);
      when = List.copyOf(when);
    }
  }
}
