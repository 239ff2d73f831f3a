package dev.aihire.render;

import java.util.ArrayList;
import java.util.List;

/** Plain-text helpers: making untrusted text safe for a terminal, and wrapping it. */
public final class Text {
  private Text() {}

  /**
   * Replaces control characters (ESC, OSC, BEL, C1 controls, bidi overrides) with a visible
   * '?', so that text from a need or a user's knowledge file can never move the cursor, set the
   * window title or recolour the terminal. Newlines become spaces: callers lay out lines.
   */
  public static String safe(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean bad = (c < 0x20 && c != '\t') || (c >= 0x7f && c <= 0x9f)
          || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
      if (bad || c == '\t') {
        if (b == null) {
          b = new StringBuilder(s.length());
          b.append(s, 0, i);
        }
        b.append(c == '\n' || c == '\r' || c == '\t' ? ' ' : '?');
      } else if (b != null) {
        b.append(c);
      }
    }
    return b == null ? s : b.toString();
  }

  /** Display width: one column a code point (good enough for the Latin text aihire prints). */
  public static int width(String s) {
    return s.codePointCount(0, s.length());
  }

  /** Word-wraps to {@code width} columns; words longer than a line are split, never cut off. */
  public static List<String> wrap(String s, int width) {
    int w = Math.max(1, width);
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : safe(s).trim().split(" +")) {
      while (width(word) > w) {
        if (line.length() > 0) {
          lines.add(line.toString());
          line.setLength(0);
        }
        int cut = word.offsetByCodePoints(0, w);
        lines.add(word.substring(0, cut));
        word = word.substring(cut);
      }
      if (line.length() == 0) {
        line.append(word);
      } else if (width(line.toString()) + 1 + width(word) <= w) {
        line.append(' ').append(word);
      } else {
        lines.add(line.toString());
        line.setLength(0);
        line.append(word);
      }
    }
    if (line.length() > 0 || lines.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }

  public static String pad(String s, int width) {
    int n = width - width(s);
    return n <= 0 ? s : s + " ".repeat(n);
  }
}
