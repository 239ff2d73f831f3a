package dev.aihire.cli;

import dev.aihire.engine.check.Verdict;
import dev.aihire.render.Text;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** {@code check --fail-on}: the verdicts that make the exit code 1, from "mismatch,unicorn". */
final class FailOn {
  private FailOn() {}

  /** The verdicts named in {@code list}; "none" or nothing names none. */
  static Set<Verdict> parse(String list) {
    Set<Verdict> out = new LinkedHashSet<>();
    for (String id : List.of(list.split(","))) {
      if (id.isBlank() || id.strip().equals("none")) {
        continue;
      }
      Verdict v = Verdict.fromId(id.strip());
      if (v == null) {
        throw AppException.usage(
            "--fail-on: unknown verdict '"
                + Text.safe(id.strip())
                + "'; use any of match, mismatch, unicorn, vague, not-a-hire, or none");
      }
      out.add(v);
    }
    return out;
  }
}
