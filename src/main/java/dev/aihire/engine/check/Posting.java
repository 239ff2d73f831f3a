package dev.aihire.engine.check;

import java.util.List;

/**
 * A job posting as lines (1-based numbers are positions in {@code lines}), and its title: the first
 * Markdown heading, else a short first line, else none; or one given from outside ({@code
 * titleLine} 0).
 */
public record Posting(String title, int titleLine, List<String> lines) {
  /** A first line longer than this is a paragraph, not a title. */
  static final int MAX_TITLE = 120;

  public Posting {
    lines = List.copyOf(lines);
  }

  /** Splits {@code text} at LF, CRLF or CR; {@code title} (may be null) overrides the text's. */
  public static Posting of(String text, String title) {
    List<String> lines = List.of(text.split("\r\n|\r|\n", -1));
    if (title != null && !title.isBlank()) {
      return new Posting(title.strip(), 0, lines);
    }
    int firstText = -1;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.startsWith("#")) {
        String heading = line.replaceFirst("^#+", "").strip();
        if (!heading.isEmpty()) {
          return new Posting(heading, i + 1, lines);
        }
      } else if (!line.isEmpty() && firstText < 0) {
        firstText = i;
      }
    }
    if (firstText >= 0) {
      String first = lines.get(firstText).strip();
      if (first.length() <= MAX_TITLE && !first.endsWith(".")) {
        return new Posting(first.replaceAll("^[*_]+|[*_]+$", "").strip(), firstText + 1, lines);
      }
    }
    return new Posting(null, 0, lines);
  }

  public boolean hasTitle() {
    return title != null;
  }
}
