package dev.aihire.text;

import java.util.Set;

/**
 * A light suffix-stripping stemmer for English: plurals, -ing, -ed and a final -e, so that
 * "pipelines", "trained" and "modelling" meet "pipeline", "train" and "model". Knowledge phrases
 * and needs go through the same rules, so the stems only have to agree with each other, not be real
 * words.
 */
final class Stemmer {
  /** Stems that would lose meaning to the -ing rule ("engineering" is not "engineer"). */
  private static final Set<String> KEEP_ING =
      Set.of(
          "engineering",
          "embedding",
          "wording",
          "phrasing",
          "meaning",
          "marketing",
          "morning",
          "evening",
          "ceiling");

  private Stemmer() {}

  /** The stem of a lower-cased word; a short word, or one with anything but a-z, stays as it is. */
  static String stem(String w) {
    int len = w.length();
    if (len <= 3 || !isAlpha(w)) {
      return w;
    }
    if (len >= 5 && w.endsWith("ies")) {
      w = w.substring(0, len - 3) + "y";
    } else if (w.endsWith("sses")) {
      w = w.substring(0, len - 2);
    } else if (w.endsWith("s")
        && !w.endsWith("ss")
        && !w.endsWith("us")
        && !(w.endsWith("is") && len > 4)) { // analysis, basis stay; apis, kpis lose the s
      w = w.substring(0, len - 1);
    }
    if (KEEP_ING.contains(w)) {
      return w;
    }
    if (w.endsWith("ing") && w.length() - 3 >= 3 && hasVowel(w, w.length() - 3)) {
      w = undouble(w.substring(0, w.length() - 3));
    } else if (w.endsWith("ed") && w.length() - 2 >= 4 && !w.endsWith("eed")) {
      w = undouble(w.substring(0, w.length() - 2));
    }
    if (w.length() >= 4 && w.endsWith("e") && !w.endsWith("ee")) {
      w = w.substring(0, w.length() - 1);
    }
    return w;
  }

  private static String undouble(String w) {
    int n = w.length();
    if (n >= 3 && w.charAt(n - 1) == w.charAt(n - 2)) {
      char c = w.charAt(n - 1);
      if ("bdfgmnprt".indexOf(c) >= 0 || (c == 'l' && w.charAt(n - 3) == 'e')) {
        return w.substring(0, n - 1);
      }
    }
    return w;
  }

  private static boolean hasVowel(String w, int end) {
    for (int i = 0; i < end; i++) {
      if ("aeiouy".indexOf(w.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAlpha(String w) {
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return true;
  }
}
