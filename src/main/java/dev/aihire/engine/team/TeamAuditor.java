package dev.aihire.engine.team;

import dev.aihire.engine.phrases.PhraseMatcher;
import dev.aihire.model.Knowledge;
import dev.aihire.model.Role;
import dev.aihire.model.TeamAudit;
import dev.aihire.model.TeamPlanning;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Audits a team described in words. A gap is work the description mentions (team_audit {@code
 * needs}) with nobody in the role; a surplus is a role over its {@code balance} ratio; a risk is a
 * present role whose {@code premature} condition the description does not meet, or a team shape
 * from the {@code team.risks} patterns.
 */
public final class TeamAuditor {
  private final Knowledge knowledge;
  private final TeamReader reader;

  public TeamAuditor(Knowledge knowledge) {
    this.knowledge = knowledge;
    this.reader = new TeamReader(knowledge);
  }

  /** The audit; its {@code team} is empty when no role is named in the description. */
  public AuditReport audit(String description) {
    List<TeamReader.Count> team = reader.read(description);
    if (team.isEmpty()) {
      return new AuditReport(description, team, List.of());
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    team.forEach(c -> counts.merge(c.role(), c.count(), Integer::sum));
    PhraseMatcher text = new PhraseMatcher(description);
    List<AuditReport.Finding> findings = new ArrayList<>();
    gaps(text, counts, findings);
    surpluses(counts, findings);
    risks(text, counts, findings);
    return new AuditReport(description, team, findings);
  }

  private void gaps(
      PhraseMatcher text, Map<String, Integer> counts, List<AuditReport.Finding> out) {
    List<AuditReport.Finding> gaps = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (TeamAudit.Need need : knowledge.teamAudit().needs()) {
      List<String> evidence = TeamPlanner.quotes(text.findAny(need.when()));
      if (evidence.isEmpty() || counts.getOrDefault(need.role(), 0) > 0 || !seen.add(need.role())) {
        continue;
      }
      gaps.add(
          new AuditReport.Finding(
              need.role(),
              name(need.role()),
              AuditReport.Kind.gap,
              need.urgency(),
              0,
              evidence,
              need.because(),
              List.of(),
              0,
              0));
    }
    gaps.sort(
        Comparator.comparingInt((AuditReport.Finding f) -> -f.urgency())
            .thenComparingInt(f -> -f.evidence().size()));
    out.addAll(gaps);
  }

  private void surpluses(Map<String, Integer> counts, List<AuditReport.Finding> out) {
    for (TeamAudit.Balance b : knowledge.teamAudit().balance()) {
      int have = counts.getOrDefault(b.role(), 0);
      int per = b.per().stream().mapToInt(r -> counts.getOrDefault(r, 0)).sum();
      if (have > b.atMost() * Math.max(1, per)) {
        out.add(
            new AuditReport.Finding(
                b.role(),
                name(b.role()),
                AuditReport.Kind.surplus,
                2,
                have,
                List.of(),
                b.because(),
                b.per(),
                per,
                b.atMost()));
      }
    }
  }

  private void risks(
      PhraseMatcher text, Map<String, Integer> counts, List<AuditReport.Finding> out) {
    Set<String> present = new HashSet<>();
    counts.forEach(
        (role, n) -> {
          if (n > 0) {
            present.add(role);
          }
        });
    for (TeamPlanning.RolePlan plan : knowledge.team().roles()) {
      TeamPlanning.Premature p = plan.premature();
      if (p == null
          || !present.contains(plan.role())
          || !text.findAny(p.rightWhen()).isEmpty()
          || p.rightAfter().stream().anyMatch(present::contains)) {
        continue;
      }
      out.add(
          new AuditReport.Finding(
              plan.role(),
              name(plan.role()),
              AuditReport.Kind.risk,
              1,
              counts.get(plan.role()),
              List.of(),
              p.condition(),
              List.of(),
              0,
              0));
    }
    Set<String> gaps = new HashSet<>();
    out.stream().filter(f -> f.kind() == AuditReport.Kind.gap).forEach(f -> gaps.add(f.role()));
    for (TeamPlan.RiskFound r : RiskPatterns.find(knowledge.team().risks(), present, text)) {
      if (r.roles().stream().anyMatch(gaps::contains)) {
        continue; // the gap already says it
      }
      String role = r.roles().isEmpty() ? "" : r.roles().get(0);
      out.add(
          new AuditReport.Finding(
              role,
              name(role),
              AuditReport.Kind.risk,
              1,
              counts.getOrDefault(role, 0),
              r.evidence(),
              r.message(),
              r.roles(),
              0,
              0));
    }
  }

  private String name(String role) {
    return knowledge.role(role).map(Role::name).orElse(role);
  }
}
