package dev.aihire.engine.team;

import dev.aihire.engine.phrases.PhraseMatcher;
import dev.aihire.model.TeamPlanning;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Applies the knowledge's risk patterns to a set of roles (planned or present) and a text. */
final class RiskPatterns {
  private RiskPatterns() {}

  static List<TeamPlan.RiskFound> find(
      List<TeamPlanning.Risk> risks, Set<String> roles, PhraseMatcher text) {
    List<TeamPlan.RiskFound> out = new ArrayList<>();
    for (TeamPlanning.Risk r : risks) {
      if (!roles.containsAll(r.has()) || r.lacks().stream().anyMatch(roles::contains)) {
        continue;
      }
      List<String> evidence = TeamPlanner.quotes(text.findAny(r.when()));
      if (!r.when().isEmpty() && evidence.isEmpty()) {
        continue;
      }
      List<String> involved = new ArrayList<>(r.has());
      involved.addAll(r.lacks());
      out.add(new TeamPlan.RiskFound(r.id(), involved, evidence, r.message()));
    }
    return out;
  }
}
