package dev.aihire.knowledge;

import dev.aihire.model.Incident;
import java.util.List;
import java.util.Set;

/** Binds the {@code incidents:} catalogue into {@link Incident} records. */
final class IncidentBinder {
  private static final Set<String> INCIDENT =
      Set.of("id", "name", "symptoms", "owners", "checks", "explanation");

  private final SectionReader read;

  IncidentBinder(Binder binder) {
    this.read = new SectionReader(binder);
  }

  List<Incident> bind(Node.Entry entry) {
    if (entry == null) {
      return List.of();
    }
    if (!(entry.value() instanceof Node.ListNode list)) {
      read.binder()
          .problem(entry.value(), "'incidents' must be a list, not " + entry.value().kind());
      return List.of();
    }
    return list.items().stream().map(this::incident).filter(i -> i != null).toList();
  }

  private Incident incident(Node n) {
    Fields f = read.fields(n, "incident", INCIDENT);
    if (f == null) {
      return null;
    }
    String ctx = SectionReader.context("incident", f.map());
    String id = read.id(f, "incident", ctx);
    return new Incident(
        id,
        f.string("name"),
        read.phrases(f, "symptoms", true, ctx),
        read.roles(f, "owners", true, ctx),
        f.strings("checks", true),
        f.string("explanation"));
  }
}
