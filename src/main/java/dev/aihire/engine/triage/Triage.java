package dev.aihire.engine.triage;

import java.util.List;

/**
 * The triage of one incident: candidate causes most likely first, the role accountable for the
 * investigation (null when nothing in the text is an incident), the steps of a joint investigation,
 * and, when a team was given, the likely causes nobody on it owns.
 */
public record Triage(
    String incident,
    List<Cause> causes,
    String accountable,
    String accountableName,
    List<Step> plan,
    List<Missing> missing,
    boolean teamGiven) {

  public Triage {
    causes = List.copyOf(causes);
    plan = List.copyOf(plan);
    missing = List.copyOf(missing);
  }

  public boolean nothingFound() {
    return causes.isEmpty();
  }

  /**
   * A candidate cause: the catalogue entry, how many words of the text point to it, and those words
   * as the user wrote them.
   */
  public record Cause(
      String cause,
      String name,
      int score,
      List<String> owners,
      List<String> ownerNames,
      List<String> checks,
      List<String> evidence,
      String explanation) {
    public Cause {
      owners = List.copyOf(owners);
      ownerNames = List.copyOf(ownerNames);
      checks = List.copyOf(checks);
      evidence = List.copyOf(evidence);
    }
  }

  /** What a step of the investigation is. */
  public enum StepKind {
    /** The accountable role opens the incident and brings the owners together. */
    OPEN,
    /** One owner runs the checks of one candidate cause. */
    CHECK,
    /** The accountable role confirms the cause, the fix and the follow-up. */
    CLOSE
  }

  /** One step: who does it, for which cause (CHECK only), with which checks. */
  public record Step(
      StepKind kind,
      String role,
      String name,
      String cause,
      String causeName,
      List<String> checks) {
    public Step {
      checks = List.copyOf(checks);
    }
  }

  /** A likely cause none of whose owners is on the team, and the role to bring in. */
  public record Missing(String cause, String causeName, String role, String name) {}
}
