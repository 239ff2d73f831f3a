package dev.aihire.knowledge;

import dev.aihire.model.Knowledge;
import dev.aihire.model.Question;
import dev.aihire.model.QuizItem;
import dev.aihire.model.RedFlag;
import dev.aihire.model.Role;
import dev.aihire.model.Term;
import dev.aihire.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** The checks that need the whole file: unique ids and names, and references that resolve. */
final class CrossChecks {
  private final Binder binder;

  CrossChecks(Binder binder) {
    this.binder = binder;
  }

  void check(Knowledge k) {
    Set<String> roleIds = uniqueIds(k.roles(), Role::id, "role");
    Set<String> termIds = uniqueIds(k.glossary(), Term::id, "glossary entry");
    uniqueIds(k.redFlags(), RedFlag::id, "red flag");
    uniqueIds(k.questions(), Question::id, "question");
    uniqueIds(k.quiz(), QuizItem::id, "quiz question");
    for (Binder.Ref ref : binder.roleRefs) {
      if (!roleIds.contains(ref.id())) {
        binder.problem(
            ref.at(),
            ref.context()
                + ": '"
                + ref.id()
                + "' is not a role id"
                + Suggest.didYouMean(ref.id(), roleIds));
      }
    }
    for (Binder.Ref ref : binder.termRefs) {
      if (!termIds.contains(ref.id())) {
        binder.problem(
            ref.at(),
            ref.context()
                + ": '"
                + ref.id()
                + "' is not a glossary id"
                + Suggest.didYouMean(ref.id(), termIds));
      }
    }
    roleNames(k);
    termNames(k);
    binder.notAHire.check(k, signals(k));
  }

  private <T> Set<String> uniqueIds(List<T> items, Function<T, String> id, String what) {
    Map<String, T> seen = new HashMap<>();
    for (T item : items) {
      String key = id.apply(item);
      if (key.isEmpty()) {
        continue;
      }
      T first = seen.putIfAbsent(key, item);
      if (first != null) {
        binder.problem(
            at(item),
            "duplicate " + what + " id '" + key + "' (first at line " + at(first).line() + ")");
      }
    }
    return seen.keySet();
  }

  /** A typed name must lead to one role: ids, names and aliases may not collide. */
  private void roleNames(Knowledge k) {
    Map<String, String> owner = new HashMap<>();
    for (Role r : k.roles()) {
      Set<String> own = new HashSet<>();
      for (String name : names(r.id(), r.name(), r.aliases())) {
        String key = Normalizer.key(name);
        if (key.isEmpty() || !own.add(key)) {
          continue;
        }
        String other = owner.putIfAbsent(key, r.id());
        if (other != null && !other.equals(r.id())) {
          binder.problem(
              at(r),
              "role '"
                  + r.id()
                  + "': the name '"
                  + name
                  + "' is also used by"
                  + " role '"
                  + other
                  + "'; a typed name must lead to one role");
        }
      }
    }
  }

  private void termNames(Knowledge k) {
    Map<String, String> owner = new HashMap<>();
    for (Term t : k.glossary()) {
      Set<String> own = new HashSet<>();
      for (String name : names(t.id(), t.term(), t.aliases())) {
        String key = Normalizer.key(name);
        if (key.isEmpty() || !own.add(key)) {
          continue;
        }
        String other = owner.putIfAbsent(key, t.id());
        if (other != null && !other.equals(t.id())) {
          binder.problem(
              at(t),
              "glossary entry '"
                  + t.id()
                  + "': '"
                  + name
                  + "' is also a name"
                  + " of '"
                  + other
                  + "'; a typed term must lead to one entry");
        }
      }
    }
  }

  /**
   * Checks each role's signals and returns, by its normalised words, the first role that says each
   * signal, for the not_a_hire check: a large file has 130,000 signals, and they were stemmed once
   * for each check. The stems of a phrase are its key as they are (a stem has no spaces, so two
   * phrases have equal stems exactly when their stems joined by spaces are equal).
   */
  private Map<List<String>, String> signals(Knowledge k) {
    Map<List<String>, String> firstSaidBy = new HashMap<>();
    for (Role r : k.roles()) {
      Map<List<String>, String> seen = new HashMap<>();
      for (Role.Signal s : r.signals()) {
        if (s.phrase().isEmpty()) {
          continue;
        }
        List<String> key = Normalizer.stems(s.phrase());
        if (key.isEmpty()) {
          binder.problem(
              at(s),
              "role '"
                  + r.id()
                  + "': signal '"
                  + s.phrase()
                  + "' has no"
                  + " words left after normalisation");
          continue;
        }
        firstSaidBy.putIfAbsent(key, r.id());
        if (seen.putIfAbsent(key, s.phrase()) != null) {
          binder.problem(
              at(s),
              "role '"
                  + r.id()
                  + "': signal '"
                  + s.phrase()
                  + "' repeats '"
                  + seen.get(key)
                  + "' (the same after normalisation)");
        }
      }
    }
    return firstSaidBy;
  }

  private static List<String> names(String id, String name, List<String> aliases) {
    List<String> all = new java.util.ArrayList<>();
    all.add(id);
    all.add(name);
    all.addAll(aliases);
    return all;
  }

  private Node at(Object item) {
    Node n = binder.origins.get(item);
    return n == null ? new Node.Scalar(1, 1, "", Node.ScalarType.NULL) : n;
  }
}
