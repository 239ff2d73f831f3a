package dev.aihire.knowledge;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean" for keys and ids in knowledge-file messages. */
final class Suggest {
  private Suggest() {}

  /** Edit distance is quadratic: a 100 KB typo would take minutes against a 100 KB id. */
  static final int MAX_TYPED = 100;

  static String didYouMean(String typed, Collection<String> known) {
    if (typed.length() > MAX_TYPED) {
      return "";
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String t = typed.toLowerCase(Locale.ROOT);
    for (String k : known) {
      if (Math.abs(k.length() - typed.length()) > MAX_TYPED) {
        continue;
      }
      int d = dev.aihire.text.Fuzzy.distance(t, k.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        bestDistance = d;
        best = k;
      }
    }
    if (best != null && bestDistance <= Math.max(2, typed.length() / 3)) {
      return " (did you mean '" + best + "'?)";
    }
    return "";
  }
}
