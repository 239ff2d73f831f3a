package dev.aihire.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Typed, checked access to the keys of one mapping. Every problem is reported through the {@link
 * Binder} and a harmless placeholder is returned, so that reading goes on and the user sees all
 * problems in one run.
 */
final class Fields {
  private final Binder binder;
  private final Node.MapNode map;
  private final String context;

  Fields(Binder binder, Node.MapNode map, String context, Set<String> allowed) {
    this.binder = binder;
    this.map = map;
    this.context = context;
    for (Node.Entry e : map.entries().values()) {
      if (!allowed.contains(e.key())) {
        binder.problem(
            e.line(),
            e.column(),
            context
                + "unknown key '"
                + e.key()
                + "'"
                + Suggest.didYouMean(e.key(), allowed)
                + "; allowed: "
                + String.join(", ", allowed.stream().sorted().toList()));
      }
    }
  }

  Node.MapNode map() {
    return map;
  }

  boolean has(String key) {
    return map.entries().containsKey(key);
  }

  Node.Entry entry(String key) {
    return map.entries().get(key);
  }

  /** A required, non-blank string. */
  String string(String key) {
    Node.Entry e = map.entries().get(key);
    if (e == null) {
      missing(key);
      return "";
    }
    return binder.text(e.value(), context + "'" + key + "'");
  }

  /** An optional string, or null. */
  String optionalString(String key) {
    Node.Entry e = map.entries().get(key);
    return e == null ? null : binder.text(e.value(), context + "'" + key + "'");
  }

  List<String> strings(String key, boolean required) {
    return list(key, required, n -> binder.text(n, context + "an entry of '" + key + "'"));
  }

  <T> List<T> list(String key, boolean required, Function<Node, T> item) {
    Node.Entry e = map.entries().get(key);
    if (e == null) {
      if (required) {
        missing(key);
      }
      return List.of();
    }
    if (!(e.value() instanceof Node.ListNode list)) {
      binder.problem(e.value(), context + "'" + key + "' must be a list, not " + e.value().kind());
      return List.of();
    }
    if (required && list.items().isEmpty()) {
      binder.problem(e.value(), context + "'" + key + "' must not be empty");
    }
    List<T> out = new ArrayList<>();
    for (Node n : list.items()) {
      T value = item.apply(n);
      if (value != null) {
        out.add(value);
      }
    }
    return out;
  }

  /** A required whole number in [min, max]. */
  int integer(String key, int min, int max) {
    Node.Entry e = map.entries().get(key);
    if (e == null) {
      missing(key);
      return min;
    }
    return binder.integer(e.value(), context + "'" + key + "'", min, max);
  }

  private void missing(String key) {
    binder.problem(map, context + "missing required key '" + key + "'");
  }
}
