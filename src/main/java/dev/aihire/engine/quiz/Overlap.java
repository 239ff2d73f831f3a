package dev.aihire.engine.quiz;

import dev.aihire.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The quiz's fairness rules, as word arithmetic on normalised stems (the recommender's own
 * normaliser, so "agents" meets "agent" and "ML-engineer" meets "ML engineer"):
 *
 * <ul>
 *   <li>a stem never names its answer ({@link #names});
 *   <li>no word gives the answer away: a word the stem shares with the right choice is shared by a
 *       wrong choice too ({@link #giveaways});
 *   <li>a text "belongs" to a role or term that has a near-identical text ({@link #similar}), which
 *       is how a second right answer is kept out of the wrong choices.
 * </ul>
 */
final class Overlap {
  /** Words too common to give anything away or to make two texts alike. */
  private static final Set<String> COMMON =
      Set.of(
          "a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "with", "by", "at", "from",
          "as", "is", "are", "it", "its", "be", "that", "this", "which", "who", "what", "whose",
          "do", "doe", "does", "not", "no", "so", "than", "then", "into", "your", "our", "their",
          "they", "them", "you", "we", "one", "can", "has", "have", "when", "how", "why", "all",
          "any", "each", "more", "most", "only", "other", "out", "up", "use", "us", "about", "but",
          "if", "also", "such", "like", "these", "those", "there", "rather", "instead", "every",
          "way");

  /** Share of the shorter text's words two texts must have in common to count as the same. */
  static final double SAME = 0.6;

  private Overlap() {}

  static boolean isCommon(String stem) {
    return COMMON.contains(stem);
  }

  /** Content stems of a text, in order, common words left out. */
  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (String s : Normalizer.stems(text)) {
      if (!COMMON.contains(s)) {
        out.add(s);
      }
    }
    return out;
  }

  /** Whether {@code text} contains {@code name} as consecutive words (after normalisation). */
  static boolean names(String text, String name) {
    List<String> hay = Normalizer.stems(text);
    List<String> needle = Normalizer.stems(name);
    return !needle.isEmpty() && Collections.indexOfSubList(hay, needle) >= 0;
  }

  /** Whether {@code text} names any of {@code names}. */
  static boolean namesAny(String text, List<String> names) {
    return names.stream().anyMatch(n -> names(text, n));
  }

  /** Two texts that say nearly the same thing, such as one duty worded for two roles. */
  static boolean similar(String a, String b) {
    Set<String> x = new HashSet<>(words(a));
    Set<String> y = new HashSet<>(words(b));
    int smaller = Math.min(x.size(), y.size());
    if (smaller == 0) {
      return false;
    }
    x.retainAll(y);
    return x.size() >= Math.min(3, smaller) && x.size() >= SAME * smaller;
  }

  static boolean similarToAny(String text, List<String> items) {
    return items.stream().anyMatch(i -> similar(text, i));
  }

  /** Words of the right choice that the stem repeats and no wrong choice has. */
  static Set<String> giveaways(String question, String right, List<String> wrong) {
    Set<String> shared = new LinkedHashSet<>(words(right));
    shared.retainAll(new HashSet<>(words(question)));
    for (String w : wrong) {
      words(w).forEach(shared::remove);
    }
    return shared;
  }

  /**
   * Up to {@code n} of {@code pool} (kept in its order of preference), choosing first those that
   * share a word the stem and the right choice have in common, so that word gives nothing away.
   */
  static List<String> cover(List<String> pool, String question, String right, int n) {
    List<String> picked = new ArrayList<>();
    Set<String> open = giveaways(question, right, List.of());
    for (String candidate : pool) {
      if (picked.size() < n && !Collections.disjoint(open, new HashSet<>(words(candidate)))) {
        picked.add(candidate);
        words(candidate).forEach(open::remove);
      }
    }
    for (String candidate : pool) {
      if (picked.size() < n && !picked.contains(candidate)) {
        picked.add(candidate);
      }
    }
    return picked;
  }
}
