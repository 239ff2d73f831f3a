package dev.aihire.render;

import dev.aihire.engine.glossary.SearchResult;
import dev.aihire.engine.glossary.TermEntry;
import java.io.PrintWriter;
import java.util.List;
import java.util.regex.Pattern;

/** Text views of the glossary: the aligned list, one entry, and search hits. */
public final class GlossaryRenderer {
  /** Where the first sentence of a definition ends: the list shows only that. */
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z\"(])");

  /** The widest field label, "Also called", and two spaces. */
  private static final int LABEL_WIDTH = 13;

  private final Style style;
  private final int width;

  public GlossaryRenderer(Style style, int width) {
    this.style = style;
    this.width = width;
  }

  /**
   * Every term with the first sentence of its definition, aligned in two columns, in the order
   * given (the engine's A to Z).
   */
  public void list(List<TermEntry> terms, PrintWriter out) {
    twoColumns(
        terms.stream().map(t -> new String[] {t.term(), firstSentence(t.definition())}).toList(),
        out);
  }

  public void search(SearchResult result, PrintWriter out) {
    twoColumns(
        result.results().stream()
            .map(h -> new String[] {h.term(), firstSentence(h.definition())})
            .toList(),
        out);
  }

  public void entry(TermEntry t, PrintWriter out) {
    out.println(style.bold(Text.safe(t.term())) + style.dim(" (" + Text.safe(t.id()) + ")"));
    paragraph(out, t.definition(), "");
    out.println();
    out.println(style.cyan("Example"));
    paragraph(out, t.example(), "  ");
    out.println();
    field(out, "Also called", t.aliases());
    field(out, "Related", t.related().stream().map(TermEntry.Ref::name).toList());
    field(out, "Roles", t.roles().stream().map(TermEntry.Ref::name).toList());
    if (!t.related().isEmpty()) {
      out.println();
      for (String l : Text.wrap("More: aihire glossary " + t.related().get(0).id(), width)) {
        out.println(style.dim(l));
      }
    }
  }

  private void field(PrintWriter out, String label, List<String> values) {
    if (values.isEmpty()) {
      return;
    }
    List<String> lines = Text.wrap(String.join(", ", values), width - LABEL_WIDTH);
    out.println(style.cyan(Text.pad(label, LABEL_WIDTH)) + lines.get(0));
    lines.subList(1, lines.size()).forEach(l -> out.println(" ".repeat(LABEL_WIDTH) + l));
  }

  /**
   * Term and text side by side; the term column is as wide as the longest term but never more than
   * a third of the width, so the text keeps room to read (longer terms wrap in place).
   */
  private void twoColumns(List<String[]> rows, PrintWriter out) {
    int termWidth = rows.stream().mapToInt(r -> Text.width(Text.safe(r[0]))).max().orElse(0);
    termWidth = Math.max(1, Math.min(termWidth, width / 3));
    int textWidth = Math.max(1, width - termWidth - 2);
    for (String[] row : rows) {
      List<String> term = Text.wrap(row[0], termWidth);
      List<String> text = Text.wrap(row[1], textWidth);
      for (int i = 0; i < Math.max(term.size(), text.size()); i++) {
        String left = i < term.size() ? term.get(i) : "";
        String right = i < text.size() ? text.get(i) : "";
        out.println(
            (style.bold(left) + " ".repeat(termWidth - Text.width(left)) + "  " + right)
                .stripTrailing());
      }
    }
  }

  private void paragraph(PrintWriter out, String text, String indent) {
    for (String l : Text.wrap(text, width - indent.length())) {
      out.println(indent + l);
    }
  }

  static String firstSentence(String text) {
    return SENTENCE_END.split(text.strip(), 2)[0];
  }
}
