package dev.aihire.render;

import java.util.ArrayList;
import java.util.List;
import org.jline.utils.WCWidth;

/** Plain-text helpers: making untrusted text safe for a terminal, and wrapping it. */
public final class Text {
  private Text() {}

  /**
   * Replaces control characters (ESC, OSC, BEL, C1 controls) and invisible formatting characters
   * (bidi overrides, isolates and marks, zero-width spaces, byte-order marks) with a visible '?',
   * so that text from a need or a user's knowledge file can never move the cursor, set the window
   * title, recolour the terminal or hide and reorder what is shown. Newlines (and Unicode's line
   * and paragraph separators) become spaces: callers lay out lines.
   */
  public static String safe(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean lineBreak = c == '\n' || c == '\r' || c == '\t' || c == '\u2028' || c == '\u2029';
      if (lineBreak || c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c > 0xad && invisible(c))) {
        if (b == null) {
          b = new StringBuilder(s.length());
          b.append(s, 0, i);
        }
        b.append(lineBreak ? ' ' : '?');
      } else if (b != null) {
        b.append(c);
      }
    }
    return b == null ? s : b.toString();
  }

  /**
   * "a Data Engineer", "an AI Engineer", "an ML Researcher": the article by how the name is said.
   * An initialism is said letter by letter, so "ML" and "MLOps" take "an" (em-el), as do names that
   * begin with a vowel.
   */
  public static String withArticle(String name) {
    String first = name.split(" ", 2)[0];
    boolean initialism = first.length() >= 2 && Character.isUpperCase(first.charAt(1));
    char c = Character.toUpperCase(name.isEmpty() ? 'X' : name.charAt(0));
    boolean vowelSound = initialism ? "AEFHILMNORSX".indexOf(c) >= 0 : "AEIOU".indexOf(c) >= 0;
    return (vowelSound ? "an " : "a ") + name;
  }

  /** Longest run without a space that {@link #brief} quotes whole (a long path still fits). */
  static final int LONGEST_WORD = 200;

  /** How much of a longer run's start and end {@link #brief} keeps. */
  static final int START_KEPT = 50;

  static final int END_KEPT = 10;

  /**
   * {@link #safe}, with every run of more than {@link #LONGEST_WORD} characters without a space
   * shortened to its start, its length and its end: "unknown role 'zzz…'" quoting a
   * 100,000-character argument stays a line a person can read, its closing quote included.
   */
  public static String brief(String s) {
    String safe = safe(s);
    StringBuilder b = null;
    int start = 0;
    for (int i = 0; i <= safe.length(); i++) {
      if (i == safe.length() || safe.charAt(i) == ' ') {
        if (i - start > LONGEST_WORD) {
          if (b == null) {
            b = new StringBuilder().append(safe, 0, start);
          }
          b.append(safe, start, boundary(safe, start + START_KEPT))
              .append("…(")
              .append(i - start)
              .append(" characters)…")
              .append(safe, boundary(safe, i - END_KEPT), i);
        } else if (b != null) {
          b.append(safe, start, i);
        }
        if (b != null && i < safe.length()) {
          b.append(' ');
        }
        start = i + 1;
      }
    }
    return b == null ? safe : b.toString();
  }

  /** {@code at}, or one before it where it would split a surrogate pair. */
  private static int boundary(String s, int at) {
    return Character.isLowSurrogate(s.charAt(at)) ? at - 1 : at;
  }

  private static final int ZERO_WIDTH_JOINER = 0x200d;

  /**
   * A formatting character that shows nothing: the knowledge loader refuses them all (they hide or
   * reorder text). The joiners stay, as emoji sequences and several scripts need them; a soft
   * hyphen stays too (pasted web text is full of them, and they hide nothing).
   */
  private static boolean invisible(char c) {
    return Character.getType(c) == Character.FORMAT && c != ZERO_WIDTH_JOINER && c != '\u200c';
  }

  /**
   * Display width in terminal columns, as JLine counts them: CJK and emoji take two, combining
   * marks and variation selectors none, so a table with a Chinese name or an emoji keeps its
   * columns. A character joined to the previous one by a zero-width joiner (the parts of a family
   * or a profession emoji) adds nothing: terminals draw the sequence as one glyph.
   */
  public static int width(String s) {
    int w = 0;
    boolean joined = false;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (!joined) {
        // Printable ASCII is one column; WCWidth's table search for it was most of a one-line
        // answer's layout time.
        w += cp >= 0x20 && cp < 0x7f ? 1 : Math.max(0, WCWidth.wcwidth(cp));
      }
      joined = cp == ZERO_WIDTH_JOINER;
    }
    return w;
  }

  private static boolean endsWithJoiner(CharSequence s) {
    return s.length() > 0 && s.charAt(s.length() - 1) == ZERO_WIDTH_JOINER;
  }

  /**
   * Where to cut {@code word} so its first part fills at most {@code columns} (always at least one
   * character, so a wide character in a one-column cell still makes progress).
   */
  static int cutAt(String word, int columns) {
    int cut = word.offsetByCodePoints(0, 1);
    while (cut < word.length()) {
      int next = word.offsetByCodePoints(cut, 1);
      if (width(word.substring(0, next)) > columns) {
        break;
      }
      cut = next;
    }
    return cut;
  }

  /**
   * The words of trimmed text, split at runs of spaces ({@code split(" +")} without the regex,
   * whose first use costs a start-up); empty text is one empty word.
   */
  private static List<String> words(String trimmed) {
    List<String> words = new ArrayList<>();
    int from = 0;
    for (int i = 0; i <= trimmed.length(); i++) {
      if (i == trimmed.length() || trimmed.charAt(i) == ' ') {
        if (i > from || words.isEmpty() && i == trimmed.length()) {
          words.add(trimmed.substring(from, i));
        }
        from = i + 1;
      }
    }
    return words;
  }

  /** Word-wraps to {@code width} columns; words longer than a line are split, never cut off. */
  public static List<String> wrap(String s, int width) {
    int w = Math.max(1, width);
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    int lineWidth = 0; // width(line), kept as words are added instead of measured again
    for (String word : words(safe(s).trim())) {
      int wordWidth = width(word);
      while (wordWidth > w) {
        if (line.length() > 0) {
          lines.add(line.toString());
          line.setLength(0);
        }
        int cut = cutAt(word, w);
        lines.add(word.substring(0, cut));
        word = word.substring(cut);
        wordWidth = width(word);
      }
      if (line.length() == 0) {
        line.append(word);
        lineWidth = wordWidth;
      } else if (lineWidth + 1 + wordWidth <= w) {
        // The space adds a column unless it follows a zero-width joiner (see width).
        lineWidth += (endsWithJoiner(line) ? 0 : 1) + wordWidth;
        line.append(' ').append(word);
      } else {
        lines.add(line.toString());
        line.setLength(0);
        line.append(word);
        lineWidth = wordWidth;
      }
    }
    if (line.length() > 0 || lines.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }

  /**
   * {@code s} cut to fit {@code columns}, ending in "…" when something was cut (a one-line summary
   * in a list: the full text is one command away).
   */
  public static String fit(String s, int columns) {
    if (width(s) <= columns) {
      return s;
    }
    if (columns < 1) {
      return "";
    }
    int cut = cutAt(s, Math.max(0, columns - 1));
    String head = s.substring(0, cut);
    if (width(head) > columns - 1) {
      return "…";
    }
    // End on a whole word when one ends in the second half: "Builds…", not "Builds prod…".
    int space = head.lastIndexOf(' ');
    if (s.charAt(cut) != ' ' && space > head.length() / 2) {
      head = head.substring(0, space);
    }
    return head.stripTrailing() + "…";
  }

  public static String pad(String s, int width) {
    int n = width - width(s);
    return n <= 0 ? s : s + " ".repeat(n);
  }
}
