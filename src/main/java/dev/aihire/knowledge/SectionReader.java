package dev.aihire.knowledge;

import dev.aihire.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pieces the team, team_audit and incidents binders share: checked mappings, phrase lists the
 * engines match in user text, role references checked once every role id is known, and unique ids.
 * Problems go through the {@link Binder}, with their line and column.
 */
final class SectionReader {
  private final Binder binder;
  private final Map<String, Map<String, Node>> ids = new HashMap<>();

  SectionReader(Binder binder) {
    this.binder = binder;
  }

  Binder binder() {
    return binder;
  }

  /** The mapping {@code n} with only {@code allowed} keys, or null (reported) if not one. */
  Fields fields(Node n, String what, Set<String> allowed) {
    if (!(n instanceof Node.MapNode map)) {
      binder.problem(n, "a " + what + " must be a mapping, not " + n.kind());
      return null;
    }
    return new Fields(binder, map, context(what, map), allowed);
  }

  /** A section's value as a mapping, or null when absent or (reported) not a mapping. */
  Fields section(Node.Entry entry, String name, Set<String> allowed) {
    if (entry == null) {
      return null;
    }
    if (!(entry.value() instanceof Node.MapNode map)) {
      binder.problem(
          entry.value(), "'" + name + "' must be a mapping, not " + entry.value().kind());
      return null;
    }
    return new Fields(binder, map, name + ": ", allowed);
  }

  static String context(String what, Node.MapNode map) {
    for (String key : List.of("id", "role")) {
      Node.Entry e = map.entries().get(key);
      if (e != null && e.value() instanceof Node.Scalar s && !s.text().isBlank()) {
        return what + " '" + s.text() + "': ";
      }
    }
    return what + " at line " + map.line() + ": ";
  }

  /** Phrases to find in user text; each must keep some words after normalisation. */
  List<String> phrases(Fields f, String key, boolean required, String ctx) {
    return f.list(
        key,
        required,
        n -> {
          String text = binder.text(n, ctx + "an entry of '" + key + "'");
          if (!text.isEmpty() && Normalizer.stems(text).isEmpty()) {
            binder.problem(
                n, ctx + "the phrase '" + text + "' in '" + key + "' has no words to" + " match");
          }
          return text;
        });
  }

  /** A list of role ids, each checked when all roles are known. */
  List<String> roles(Fields f, String key, boolean required, String ctx) {
    return f.list(
        key,
        required,
        n -> {
          String id = binder.text(n, ctx + "an entry of '" + key + "'");
          if (!id.isEmpty()) {
            binder.roleRefs.add(new Binder.Ref(id, n, ctx + "'" + key + "'"));
          }
          return id;
        });
  }

  /** A required role id. */
  String role(Fields f, String key, String ctx) {
    String id = f.string(key);
    if (!id.isEmpty()) {
      binder.roleRefs.add(new Binder.Ref(id, f.entry(key).value(), ctx + "'" + key + "'"));
    }
    return id;
  }

  /** An optional role id, or null. */
  String optionalRole(Fields f, String key, String ctx) {
    return f.has(key) ? role(f, key, ctx) : null;
  }

  /** Reports {@code id} when it was used before in the same {@code kind}. */
  void unique(String kind, String id, Node at) {
    if (id.isEmpty()) {
      return;
    }
    Node first = ids.computeIfAbsent(kind, k -> new HashMap<>()).putIfAbsent(id, at);
    if (first != null) {
      binder.problem(
          at, "duplicate " + kind + " '" + id + "' (first at line " + first.line() + ")");
    }
  }

  /** A required id: lower-case words joined by '-'. */
  String id(Fields f, String kind, String ctx) {
    String id = f.string("id");
    if (!id.isEmpty() && !Binder.validId(id)) {
      binder.problem(
          f.entry("id").value(),
          ctx + "id '" + id + "' must be lower-case words" + " joined by '-' (like 'data-drift')");
    } else if (!id.isEmpty()) {
      unique(kind + " id", id, f.entry("id").value());
    }
    return id;
  }
}
