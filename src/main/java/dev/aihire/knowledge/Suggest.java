package dev.aihire.knowledge;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean" for keys and ids in knowledge-file messages. */
final class Suggest {
  private Suggest() {}

  static String didYouMean(String typed, Collection<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String t = typed.toLowerCase(Locale.ROOT);
    for (String k : known) {
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
