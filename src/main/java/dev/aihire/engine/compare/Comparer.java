package dev.aihire.engine.compare;

import dev.aihire.model.Knowledge;
import dev.aihire.model.Role;
import dev.aihire.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Puts roles side by side and finds what separates them. Pure: no I/O, no layout. */
public final class Comparer {
  private final Knowledge knowledge;

  public Comparer(Knowledge knowledge) {
    this.knowledge = knowledge;
  }

  /**
   * Compares two or more distinct roles, in the order given.
   *
   * @throws IllegalArgumentException for fewer than two roles or a role given twice: callers turn
   *     these into usage messages before they get here
   */
  public Comparison compare(List<Role> roles) {
    Set<String> ids = new LinkedHashSet<>();
    for (Role r : roles) {
      if (!ids.add(r.id())) {
        throw new IllegalArgumentException("role given twice: " + r.id());
      }
    }
    if (ids.size() < 2) {
      throw new IllegalArgumentException("a comparison needs at least two roles");
    }
    List<Comparison.Column> columns = new ArrayList<>();
    for (Role r : roles) {
      columns.add(column(r, ids));
    }
    return new Comparison(columns, differences(roles), whichToHire(roles));
  }

  private Comparison.Column column(Role r, Set<String> compared) {
    // Hand-offs to roles outside the comparison first: the ones to compared roles are repeated
    // under "which to hire", so a table showing the first few then says something new.
    List<Comparison.WrongHire> wrong = new ArrayList<>();
    List<Comparison.WrongHire> toCompared = new ArrayList<>();
    for (Role.WrongHire w : r.wrongHireWhen()) {
      (compared.contains(w.instead()) ? toCompared : wrong)
          .add(new Comparison.WrongHire(w.situation(), w.instead(), name(w.instead())));
    }
    wrong.addAll(toCompared);
    return new Comparison.Column(
        r.id(),
        r.name(),
        r.summary(),
        r.modelRelation(),
        r.modelRelation().description(),
        r.hireFor(),
        r.skills(),
        r.tools(),
        r.goodSigns(),
        r.redFlags(),
        hireWhen(r, compared),
        wrong);
  }

  /**
   * When to hire this role, in the words of the other roles: the situations in which they are the
   * wrong hire and this one is right. Situations from the compared roles also appear under "which
   * to hire", so the others come first: a table showing the first few says something new.
   */
  private List<String> hireWhen(Role r, Set<String> compared) {
    List<String> outside = new ArrayList<>();
    List<String> inside = new ArrayList<>();
    for (Role other : knowledge.roles()) {
      if (other.id().equals(r.id())) {
        continue;
      }
      for (Role.WrongHire w : other.wrongHireWhen()) {
        if (w.instead().equals(r.id())) {
          (compared.contains(other.id()) ? inside : outside).add(w.situation());
        }
      }
    }
    outside.addAll(inside);
    return distinct(outside);
  }

  /**
   * One sentence for every pair of compared roles, in the order asked. The knowledge may hold the
   * sentence on either side (a confused_with entry of the first role naming the second, or the
   * other way round); both sides are looked at, and the first-asked role's sentence wins, because
   * the two sides say the same contrast in mirror image and reading it twice adds nothing.
   */
  private List<Comparison.Difference> differences(List<Role> roles) {
    List<Comparison.Difference> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < roles.size(); i++) {
      for (int j = i + 1; j < roles.size(); j++) {
        Role a = roles.get(i);
        Role b = roles.get(j);
        Comparison.Difference d = confusion(a, b);
        if (d == null) {
          d = confusion(b, a);
        }
        if (d == null && a.modelRelation() != b.modelRelation()) {
          // No sentence in the knowledge: the model relation is the first thing that separates
          // roles, so say that rather than nothing.
          d =
              new Comparison.Difference(
                  List.of(a.id(), b.id()),
                  a.name()
                      + ": "
                      + a.modelRelation().description()
                      + ". "
                      + b.name()
                      + ": "
                      + b.modelRelation().description()
                      + ".",
                  "model_relation");
        }
        if (d != null && seen.add(Normalizer.key(d.text()))) {
          out.add(d);
        }
      }
    }
    return out;
  }

  private static Comparison.Difference confusion(Role from, Role to) {
    for (Role.Confusion c : from.confusedWith()) {
      if (c.role().equals(to.id())) {
        return new Comparison.Difference(
            List.of(from.id(), to.id()), c.difference(), "confused_with");
      }
    }
    return null;
  }

  /**
   * Situations in which one compared role is the wrong hire and another compared role is the right
   * one. Without any, each role's first typical problem stands in, so the section always says
   * something a hiring manager can act on.
   */
  private List<Comparison.Choice> whichToHire(List<Role> roles) {
    Set<String> ids = new HashSet<>();
    roles.forEach(r -> ids.add(r.id()));
    List<Comparison.Choice> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Role r : roles) {
      for (Role.WrongHire w : r.wrongHireWhen()) {
        if (ids.contains(w.instead())
            && !w.instead().equals(r.id())
            && seen.add(Normalizer.key(w.situation()))) {
          out.add(new Comparison.Choice(w.situation(), w.instead(), name(w.instead()), r.id()));
        }
      }
    }
    if (out.isEmpty()) {
      for (Role r : roles) {
        if (!r.hireFor().isEmpty()) {
          out.add(new Comparison.Choice(r.hireFor().get(0), r.id(), r.name(), null));
        }
      }
    }
    return out;
  }

  private String name(String roleId) {
    return knowledge.role(roleId).map(Role::name).orElse(roleId);
  }

  private static List<String> distinct(List<String> items) {
    Set<String> seen = new HashSet<>();
    List<String> out = new ArrayList<>();
    for (String s : items) {
      if (seen.add(Normalizer.key(s))) {
        out.add(s);
      }
    }
    return out;
  }
}
