package dev.aihire.knowledge;

import dev.aihire.model.Knowledge;
import dev.aihire.model.Question;
import dev.aihire.model.Role;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What is allowed but probably a mistake. Computed from the model alone, so a cached or compiled
 * copy gives the same warnings as the YAML; 'validate' prints them and still exits 0.
 */
public final class KnowledgeWarnings {
  private KnowledgeWarnings() {}

  /** One sentence per warning, in knowledge order. */
  public static List<String> of(Knowledge k) {
    Set<String> reached = new HashSet<>();
    for (Question q : k.questions()) {
      for (Question.Answer a : q.answers()) {
        a.points()
            .forEach(
                (role, points) -> {
                  if (points > 0) {
                    reached.add(role);
                  }
                });
      }
    }
    List<String> warnings = new ArrayList<>();
    if (k.questions().isEmpty()) {
      warnings.addAll(KitWarnings.of(k));
      return warnings;
    }
    for (Role r : k.roles()) {
      if (!reached.contains(r.id())) {
        warnings.add(
            "role '"
                + r.id()
                + "': no answer of the guided interview gives it points,"
                + " so the interview can never recommend it; add '"
                + r.id()
                + ": 2' (or 3) to the"
                + " points of the answers that describe it under 'questions:'");
      }
    }
    warnings.addAll(KitWarnings.of(k));
    return warnings;
  }
}
