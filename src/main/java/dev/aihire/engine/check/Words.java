package dev.aihire.engine.check;

import dev.aihire.text.Normalizer;
import java.util.Locale;

/**
 * Text reduced to lower-case words between single spaces, with a space at each end, so a phrase is
 * found as a whole-word substring: "Work hard, play hard!" holds " work hard play hard ".
 */
final class Words {
  private Words() {}

  static String of(String text) {
    String s = Normalizer.nfkc(text).toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder(s.length() + 2).append(' ');
    boolean space = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        b.append(c);
        space = false;
      } else if (c == '\'' || c == '\u2019') {
        continue; // "you'll" and "you’ll" are one word
      } else if (!space) {
        b.append(' ');
        space = true;
      }
    }
    if (!space) {
      b.append(' ');
    }
    return b.toString();
  }

  /** Where the whole-word phrase (already in {@link #of} form) starts in {@code words}, or -1. */
  static int find(String words, String phrase) {
    return phrase.isBlank() ? -1 : words.indexOf(phrase);
  }
}
