package dev.aihire.cli;

import dev.aihire.engine.check.Verdict;
import dev.aihire.render.Text;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** {@code check --fail-on}: the verdicts that make the exit code 1, from "mismatch,unicorn". */
final class FailOn {
  private FailOn() {}

  /**
   * The verdicts named in {@code list}, in any case; "none" names none. An empty value is refused:
   * {@code --fail-on "$GATE"} with the variable unset would otherwise turn a CI gate off unseen.
   */
  static Set<Verdict> parse(String list) {
    if (list.isBlank()) {
      throw AppException.usage(
          "--fail-on is empty; name the verdicts that fail (e.g. --fail-on mismatch,unicorn), or"
              + " none");
    }
    Set<Verdict> out = new LinkedHashSet<>();
    for (String given : List.of(list.split(","))) {
      String id = given.strip().toLowerCase(Locale.ROOT);
      if (id.isEmpty() || id.equals("none")) {
        continue;
      }
      Verdict v = Verdict.fromId(id);
      if (v == null) {
        throw AppException.usage(
            "--fail-on: unknown verdict '"
                + Text.safe(given.strip())
                + "'; use any of match, mismatch, unicorn, vague, not-a-hire, or none");
      }
      out.add(v);
    }
    return out;
  }
}
