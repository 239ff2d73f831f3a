package dev.aihire.render;

import java.io.PrintWriter;
import java.util.List;

/**
 * Wrapped paragraphs with hanging indents, for the team and triage reports. Every piece of user or
 * knowledge text goes through {@link Text#wrap}, which makes it terminal-safe.
 */
final class Blocks {
  private final PrintWriter out;
  private final int width;

  Blocks(PrintWriter out, int width) {
    this.out = out;
    this.width = width;
  }

  /** {@code first} before the first line, {@code rest} before the following ones. */
  void wrap(String text, String first, String rest) {
    List<String> lines = Text.wrap(text, Math.max(20, width - rest.length()));
    for (int i = 0; i < lines.size(); i++) {
      out.println((i == 0 ? first : rest) + lines.get(i));
    }
  }

  void wrap(String text, String indent) {
    wrap(text, indent, indent);
  }

  /**
   * A line of two parts ("Hire: AI Engineer (ai-engineer)" and "confidence: strong …"): on one
   * line, {@code joiner} between them, when that fits the width; else the second part on a line of
   * its own, after {@code indent}. Each part is given styled and {@code plain}, whose width is what
   * the terminal shows.
   */
  static void pair(
      PrintWriter out,
      int width,
      String first,
      String plainFirst,
      String joiner,
      String second,
      String plainSecond,
      String indent) {
    if (Text.width(plainFirst + joiner + plainSecond) <= width) {
      out.println(first + joiner + second);
    } else {
      out.println(first);
      out.println(indent + second);
    }
  }

  /** "Label: text", continued under the text. */
  void labelled(String indent, String label, String text) {
    String first = indent + label + ": ";
    wrap(text, first, " ".repeat(first.length()));
  }

  void bullets(String indent, List<String> items) {
    for (String item : items) {
      wrap(item, indent + "- ", indent + "  ");
    }
  }

  void blank() {
    out.println();
  }

  void line(String s) {
    out.println(s);
  }

  /** Quoted, comma-separated words of the user: "a", "b". */
  static String quoted(List<String> words) {
    StringBuilder b = new StringBuilder();
    for (String w : words) {
      if (b.length() > 0) {
        b.append(", ");
      }
      b.append('"').append(w).append('"');
    }
    return b.toString();
  }
}
