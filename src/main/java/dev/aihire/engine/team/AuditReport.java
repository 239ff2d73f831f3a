package dev.aihire.engine.team;

import java.util.List;

/**
 * A team read from a description and compared with what its work needs. Findings come most urgent
 * first: gaps (by urgency), then surpluses, then risks.
 */
public record AuditReport(String description, List<TeamReader.Count> team, List<Finding> findings) {

  public AuditReport {
    team = List.copyOf(team);
    findings = List.copyOf(findings);
  }

  /** What kind of finding. */
  public enum Kind {
    gap,
    surplus,
    risk
  }

  /**
   * One finding about one role: {@code count} on the team, the work's {@code evidence} in the
   * description, the knowledge's {@code because}; for a surplus, {@code per} the roles it was
   * weighed against, {@code against} how many of them the team has, {@code atMost} per member.
   */
  public record Finding(
      String role,
      String name,
      Kind kind,
      int urgency,
      int count,
      List<String> evidence,
      String because,
      List<String> per,
      int against,
      int atMost) {
    public Finding {
      evidence = List.copyOf(evidence);
      per = List.copyOf(per);
    }
  }
}
