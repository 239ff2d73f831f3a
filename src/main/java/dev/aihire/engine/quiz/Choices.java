package dev.aihire.engine.quiz;

import dev.aihire.model.Knowledge;
import dev.aihire.model.Role;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

/** Picking wrong answers that are worth considering, and assembling a shuffled question. */
final class Choices {
  /** Choices per question where the knowledge has enough. */
  static final int MAX = 4;

  private Choices() {}

  /** Text compared as a reader would: case, surrounding and repeated spaces do not count. */
  static String norm(String s) {
    return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  static boolean containsText(List<String> items, String text) {
    String n = norm(text);
    return items.stream().anyMatch(i -> norm(i).equals(n));
  }

  /**
   * Up to {@code n} roles to offer beside {@code answer}, those people confuse with it first (in
   * either direction), then any other; only roles that {@code allowed} accepts, which is how a
   * caller keeps out a role that also owns the text being asked about.
   */
  static List<Role> distractorRoles(
      Knowledge k, Role answer, Predicate<Role> allowed, Random rnd, int n) {
    List<Role> confused = new ArrayList<>();
    List<Role> others = new ArrayList<>();
    for (Role r : k.roles()) {
      if (r.id().equals(answer.id())) {
        continue;
      }
      (difference(answer, r).isPresent() ? confused : others).add(r);
    }
    Collections.shuffle(confused, rnd);
    Collections.shuffle(others, rnd);
    List<Role> picked = new ArrayList<>();
    confused.addAll(others);
    for (Role r : confused) {
      if (picked.size() < n && allowed.test(r)) {
        picked.add(r);
      }
    }
    return picked;
  }

  /** The sentence of the knowledge that separates two roles, if either names the other. */
  static Optional<String> difference(Role a, Role b) {
    for (Role.Confusion c : a.confusedWith()) {
      if (c.role().equals(b.id())) {
        return Optional.of(c.difference());
      }
    }
    for (Role.Confusion c : b.confusedWith()) {
      if (c.role().equals(a.id())) {
        return Optional.of(c.difference());
      }
    }
    return Optional.empty();
  }

  /** "Not the Data Scientist: …" for the first wrong role the knowledge contrasts, else "". */
  static String contrast(Role answer, List<Role> wrong) {
    for (Role w : wrong) {
      Optional<String> d = difference(answer, w);
      if (d.isPresent()) {
        return " Not the " + w.name() + ": " + d.get();
      }
    }
    return "";
  }

  /**
   * The question with {@code right} and up to three of {@code wrong} (skipping any that read the
   * same as another choice), shuffled; null when no wrong choice is left, when the stem names the
   * answer (any of {@code answerNames}), or when a word of the stem points to the right choice
   * alone. Wrong choices sharing such a word are preferred (see {@link Overlap#cover}).
   */
  static QuizQuestion question(
      String id,
      Kind kind,
      Topic topic,
      String text,
      String right,
      List<String> wrong,
      List<String> answerNames,
      String explanation,
      List<Study> study,
      Random rnd) {
    if (Overlap.namesAny(text, answerNames)) {
      return null;
    }
    Set<String> seen = new HashSet<>();
    seen.add(norm(right));
    List<String> pool = new ArrayList<>();
    for (String w : wrong) {
      if (seen.add(norm(w))) {
        pool.add(w);
      }
    }
    List<String> picked = Overlap.cover(pool, text, right, MAX - 1);
    if (picked.isEmpty() || !Overlap.giveaways(text, right, picked).isEmpty()) {
      return null;
    }
    List<String> choices = new ArrayList<>();
    choices.add(right);
    choices.addAll(picked);
    Collections.shuffle(choices, rnd);
    return new QuizQuestion(
        id, kind, topic, text, choices, choices.indexOf(right), explanation, study);
  }

  /** The names a role goes by: its name, its id read as words, and its aliases. */
  static List<String> names(Role r) {
    List<String> all = new ArrayList<>();
    all.add(r.name());
    all.add(r.id().replace('-', ' '));
    all.addAll(r.aliases());
    return all;
  }

  static String quote(String s) {
    return "\u201c" + s.strip() + "\u201d";
  }
}
