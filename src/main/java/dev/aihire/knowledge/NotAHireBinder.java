package dev.aihire.knowledge;

import dev.aihire.model.Knowledge;
import dev.aihire.model.NotAHire;
import dev.aihire.model.NotAHireKind;
import dev.aihire.model.Role;
import dev.aihire.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Binds the {@code not_a_hire} section: needs that are another job, a leadership hire or a
 * purchase. Its checks against the roles (ids and signals) run once the roles are known.
 */
final class NotAHireBinder {
  static final String SECTION = "not_a_hire";
  static final Set<String> KEYS = Set.of("id", "kind", "name", "situations", "signals", "advice");
  static final int MIN_SITUATIONS = 3;
  static final int MAX_SITUATIONS = 8;

  private final Binder binder;
  private final Map<NotAHire, Node> origins = new IdentityHashMap<>();
  private final Map<NotAHire, List<Node>> signalNodes = new IdentityHashMap<>();

  NotAHireBinder(Binder binder) {
    this.binder = binder;
  }

  List<NotAHire> bind(Fields top) {
    return top.list(SECTION, false, this::entry);
  }

  private NotAHire entry(Node n) {
    if (!(n instanceof Node.MapNode map)) {
      binder.problem(n, "a not_a_hire entry must be a mapping, not " + n.kind());
      return null;
    }
    Node.Entry idEntry = map.entries().get("id");
    String ctx =
        idEntry != null && idEntry.value() instanceof Node.Scalar s && !s.text().isBlank()
            ? "not_a_hire '" + s.text() + "': "
            : "not_a_hire entry at line " + map.line() + ": ";
    Fields f = new Fields(binder, map, ctx, KEYS);
    String id = f.string("id");
    if (!id.isEmpty() && !Binder.validId(id)) {
      binder.problem(
          f.entry("id").value(),
          ctx
              + "id '"
              + id
              + "' must be lower-case words"
              + " joined by '-' (like 'mobile-developer')");
    }
    String kindText = f.string("kind");
    NotAHireKind kind = NotAHireKind.fromId(kindText);
    if (kind == null && !kindText.isEmpty()) {
      binder.problem(
          f.entry("kind").value(),
          ctx + "'kind' must be one of other-job, leadership," + " vendor, not '" + kindText + "'");
    }
    List<String> situations = f.strings("situations", true);
    if (f.has("situations")
        && !situations.isEmpty()
        && (situations.size() < MIN_SITUATIONS || situations.size() > MAX_SITUATIONS)) {
      binder.problem(
          f.entry("situations").value(),
          ctx
              + "needs "
              + MIN_SITUATIONS
              + " to "
              + MAX_SITUATIONS
              + " situations, has "
              + situations.size());
    }
    List<String> signals = f.strings("signals", true);
    NotAHire entry =
        new NotAHire(
            id,
            kind == null ? NotAHireKind.OTHER_JOB : kind,
            f.string("name"),
            situations,
            signals,
            f.string("advice"));
    origins.put(entry, map);
    List<Node> nodes = new ArrayList<>();
    if (f.entry("signals") != null && f.entry("signals").value() instanceof Node.ListNode l) {
      nodes.addAll(l.items());
    }
    signalNodes.put(entry, nodes);
    return entry;
  }

  /**
   * Ids unique among entries and roles; a signal never says the same as a role's signal ({@code
   * roleSignals}: the first role that says each, by the signal's stems).
   */
  void check(Knowledge k, Map<List<String>, String> roleSignals) {
    Map<String, String> ids = new HashMap<>();
    for (Role r : k.roles()) {
      ids.put(r.id(), "role");
    }
    for (NotAHire e : k.notAHire()) {
      Node at = origins.getOrDefault(e, new Node.Scalar(1, 1, "", Node.ScalarType.NULL));
      String first = e.id().isEmpty() ? null : ids.putIfAbsent(e.id(), "not_a_hire entry");
      if (first != null) {
        binder.problem(
            at,
            "not_a_hire '"
                + e.id()
                + "': the id is also a "
                + first
                + " id;"
                + " ids must be unique across roles and not_a_hire");
      }
      List<Node> nodes = signalNodes.getOrDefault(e, List.of());
      Map<List<String>, String> own = new HashMap<>();
      for (int i = 0; i < e.signals().size(); i++) {
        String phrase = e.signals().get(i);
        Node where = i < nodes.size() ? nodes.get(i) : at;
        List<String> key = Normalizer.stems(phrase);
        if (key.isEmpty()) {
          binder.problem(
              where,
              "not_a_hire '"
                  + e.id()
                  + "': signal '"
                  + phrase
                  + "' has no"
                  + " words left after normalisation");
        } else if (own.putIfAbsent(key, phrase) != null) {
          binder.problem(
              where,
              "not_a_hire '"
                  + e.id()
                  + "': signal '"
                  + phrase
                  + "' repeats '"
                  + own.get(key)
                  + "' (the same after normalisation)");
        } else if (roleSignals.containsKey(key)) {
          binder.problem(
              where,
              "not_a_hire '"
                  + e.id()
                  + "': signal '"
                  + phrase
                  + "' is also a"
                  + " signal of role '"
                  + roleSignals.get(key)
                  + "'; a phrase must point one way");
        }
      }
    }
  }
}
