package dev.aihire.engine;

import dev.aihire.model.Knowledge;
import dev.aihire.model.Role;
import dev.aihire.text.Fuzzy;
import dev.aihire.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Finds a role by id, name or alias, case- and punctuation-insensitively, or suggests some. */
public final class RoleFinder {
  private final Knowledge knowledge;
  private final Map<String, Role> byName = new HashMap<>();
  private final List<Map.Entry<String, Role>> names = new ArrayList<>();

  public RoleFinder(Knowledge knowledge) {
    this.knowledge = knowledge;
  }

  /** The names of every role, made on the first look-up that is not an exact id. */
  private void index() {
    if (!names.isEmpty()) {
      return;
    }
    for (Role r : knowledge.roles()) {
      add(r.id(), r);
      add(r.name(), r);
      for (String a : r.aliases()) {
        add(a, r);
      }
    }
  }

  private void add(String name, Role r) {
    String key = Normalizer.key(name);
    if (byName.putIfAbsent(key, r) == null) {
      names.add(Map.entry(key, r));
    }
  }

  public Optional<Role> find(String typed) {
    // An exact id needs no other role: stored knowledge then decodes this one role only.
    Optional<Role> exact = knowledge.role(typed);
    if (exact.isPresent()) {
      return exact;
    }
    index();
    return Optional.ofNullable(byName.get(Normalizer.key(typed)));
  }

  /** Up to three role ids whose names are close to what was typed, closest first. */
  public List<String> suggest(String typed) {
    index();
    String key = Normalizer.key(typed);
    record Scored(Role role, int distance) {}
    Map<String, Scored> best = new HashMap<>();
    for (Map.Entry<String, Role> e : names) {
      int d = Fuzzy.distance(key, e.getKey());
      boolean contains = key.length() >= 3 && e.getKey().contains(key);
      if (contains) {
        d = Math.min(d, 1);
      }
      if (d <= Math.max(2, key.length() / 3)) {
        Scored s = best.get(e.getValue().id());
        if (s == null || d < s.distance()) {
          best.put(e.getValue().id(), new Scored(e.getValue(), d));
        }
      }
    }
    return best.values().stream()
        .sorted(Comparator.comparingInt(Scored::distance).thenComparing(s -> s.role().id()))
        .limit(3)
        .map(s -> s.role().id())
        .toList();
  }
}
