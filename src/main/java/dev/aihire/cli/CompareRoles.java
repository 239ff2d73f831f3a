package dev.aihire.cli;

import dev.aihire.engine.RoleFinder;
import dev.aihire.model.Role;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The roles typed after {@code compare}, resolved, or a usage error that says what to type instead.
 * A comparison has context a plain look-up lacks: when a name is not even close to a role, the
 * roles often confused with the ones already given are the likeliest intent.
 */
final class CompareRoles {
  private CompareRoles() {}

  static List<Role> resolve(RoleFinder finder, List<String> typed) {
    List<Optional<Role>> found = typed.stream().map(finder::find).toList();
    for (int i = 0; i < typed.size(); i++) {
      if (found.get(i).isEmpty()) {
        if (!finder.suggest(typed.get(i)).isEmpty()) {
          Lookup.role(finder, typed.get(i)); // throws, with its "did you mean"
        }
        throw unknown(typed.get(i), found.stream().flatMap(Optional::stream).distinct().toList());
      }
    }
    List<Role> roles = new ArrayList<>();
    for (int i = 0; i < typed.size(); i++) {
      Role r = found.get(i).orElseThrow();
      int twice = roles.indexOf(r);
      if (twice >= 0) {
        throw AppException.usage(
            "'"
                + typed.get(twice)
                + "' and '"
                + typed.get(i)
                + "' are the same role ("
                + r.id()
                + "); "
                + tryWith(r));
      }
      roles.add(r);
    }
    if (roles.isEmpty()) {
      throw AppException.usage(
          "compare needs at least two roles; e.g. 'aihire compare ai-engineer ml-engineer'");
    }
    if (roles.size() == 1) {
      throw AppException.usage(
          "compare needs a second role to compare "
              + roles.get(0).id()
              + " with; "
              + tryWith(roles.get(0)));
    }
    return roles;
  }

  private static AppException unknown(String typed, List<Role> known) {
    Set<String> neighbours = new LinkedHashSet<>();
    for (Role r : known) {
      r.confusedWith().forEach(c -> neighbours.add(c.role()));
    }
    known.forEach(r -> neighbours.remove(r.id()));
    String hint =
        neighbours.isEmpty()
            ? "'aihire roles' lists them"
            : "did you mean "
                + String.join(" or ", neighbours.stream().map(n -> "'" + n + "'").toList())
                + " (often confused with "
                + String.join(", ", known.stream().map(Role::id).toList())
                + ")? 'aihire roles' lists them all";
    return AppException.usage("unknown role '" + typed + "'; " + hint);
  }

  /** The roles this one is most often confused with: the comparisons worth making. */
  private static String tryWith(Role r) {
    if (r.confusedWith().isEmpty()) {
      return "add another role; 'aihire roles' lists them";
    }
    return "try "
        + String.join(
            " or ",
            r.confusedWith().stream()
                .map(c -> "'aihire compare " + r.id() + " " + c.role() + "'")
                .toList());
  }
}
