package dev.aihire.knowledge;

import dev.aihire.model.Kit;
import dev.aihire.model.Knowledge;
import dev.aihire.model.Role;
import java.util.ArrayList;
import java.util.List;

/**
 * Kits that are allowed but incomplete: a role with no kit, or a kit without a weak answer for some
 * of the role's questions. 'aihire kit' still prints such a kit and names what is missing. Only a
 * file that has kits at all is checked: a file without the section is not expected to.
 */
final class KitWarnings {
  private KitWarnings() {}

  static List<String> of(Knowledge k) {
    List<String> warnings = new ArrayList<>();
    if (k.kits().isEmpty()) {
      return warnings;
    }
    for (Role r : k.roles()) {
      Kit kit = k.kits().get(r.id());
      if (kit == null) {
        warnings.add(
            "role '"
                + r.id()
                + "': no entry under 'kits:', so 'aihire kit "
                + r.id()
                + "' has no competencies, scorecard or work sample; add one");
        continue;
      }
      long unanswered =
          r.interviewQuestions().stream()
              .filter(
                  q -> kit.weakAnswers().stream().noneMatch(w -> w.question().equals(q.question())))
              .count();
      if (unanswered > 0) {
        warnings.add(
            "kit '"
                + r.id()
                + "': "
                + unanswered
                + " of the role's interview questions"
                + (unanswered == 1 ? " has" : " have")
                + " no weak answer; add "
                + (unanswered == 1 ? "it" : "them")
                + " under 'weak_answers:'");
      }
    }
    return warnings;
  }
}
