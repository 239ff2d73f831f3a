package dev.aihire.knowledge;

import dev.aihire.model.TeamAudit;
import dev.aihire.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Binds the {@code team_audit:} section into {@link TeamAudit}. */
final class TeamAuditBinder {
  private static final Set<String> TOP = Set.of("names", "numbers", "needs", "balance");
  private static final Set<String> NAMES = Set.of("role", "names");
  private static final Set<String> NEED = Set.of("role", "when", "urgency", "because");
  private static final Set<String> BALANCE = Set.of("role", "per", "at_most", "because");

  private final SectionReader read;

  TeamAuditBinder(Binder binder) {
    this.read = new SectionReader(binder);
  }

  TeamAudit bind(Node.Entry entry) {
    Fields f = read.section(entry, "team_audit", TOP);
    if (f == null) {
      return TeamAudit.empty();
    }
    return new TeamAudit(
        f.list("names", false, this::names),
        numbers(f.entry("numbers")),
        f.list("needs", false, this::need),
        f.list("balance", false, this::balance));
  }

  private TeamAudit.Names names(Node n) {
    Fields f = read.fields(n, "team_audit names", NAMES);
    if (f == null) {
      return null;
    }
    String ctx = SectionReader.context("team_audit names", f.map());
    return new TeamAudit.Names(read.role(f, "role", ctx), read.phrases(f, "names", true, ctx));
  }

  /** Number words as they appear in a team description, keyed by their normalised form. */
  private Map<String, Integer> numbers(Node.Entry entry) {
    Map<String, Integer> numbers = new LinkedHashMap<>();
    if (entry == null) {
      return numbers;
    }
    if (!(entry.value() instanceof Node.MapNode map)) {
      read.binder()
          .problem(
              entry.value(),
              "team_audit: 'numbers' must be a mapping of word to"
                  + " count, not "
                  + entry.value().kind());
      return numbers;
    }
    for (Node.Entry e : map.entries().values()) {
      int count = read.binder().integer(e.value(), "team_audit: number '" + e.key() + "'", 0, 100);
      String key = String.join(" ", Normalizer.stems(e.key()));
      if (key.isEmpty() || key.contains(" ")) {
        read.binder()
            .problem(
                e.line(), e.column(), "team_audit: number word '" + e.key() + "' must be one word");
      } else {
        numbers.put(key, count);
      }
    }
    return numbers;
  }

  private TeamAudit.Need need(Node n) {
    Fields f = read.fields(n, "team_audit need", NEED);
    if (f == null) {
      return null;
    }
    String ctx = SectionReader.context("team_audit need", f.map());
    return new TeamAudit.Need(
        read.role(f, "role", ctx),
        read.phrases(f, "when", true, ctx),
        f.integer("urgency", 1, 3),
        f.string("because"));
  }

  private TeamAudit.Balance balance(Node n) {
    Fields f = read.fields(n, "team_audit balance", BALANCE);
    if (f == null) {
      return null;
    }
    String ctx = SectionReader.context("team_audit balance", f.map());
    return new TeamAudit.Balance(
        read.role(f, "role", ctx),
        read.roles(f, "per", true, ctx),
        f.integer("at_most", 1, 20),
        f.string("because"));
  }
}
