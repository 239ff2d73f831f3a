package dev.aihire.render;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Lays out columns of wrapped text side by side within a width. Wide terminals get a label column
 * on the left; narrow ones put each row's label into the rule above it, so the columns keep all the
 * width. Cells arrive already wrapped to {@link #columnWidth()}; lines are padded by their plain
 * width and styled afterwards, so colour never disturbs the alignment.
 */
final class TableLayout {
  /** Narrower than this, a column reads badly: the label moves into the rules instead. */
  static final int MIN_WIDE_COLUMN = 30;

  /** The narrowest column at all; more roles than fit go into a second table below. */
  static final int MIN_COLUMN = 16;

  private static final String SEP = " │ ";
  private static final String RULE_SEP = "─┼─";

  /** One line of a cell: plain text (as measured) and how to style it. */
  record Line(String text, UnaryOperator<String> style) {
    static Line plain(String text) {
      return new Line(text, UnaryOperator.identity());
    }
  }

  private final Style style;
  private final int columns;
  private final int labelWidth;
  private final int columnWidth;

  private TableLayout(Style style, int columns, int labelWidth, int columnWidth) {
    this.style = style;
    this.columns = columns;
    this.labelWidth = labelWidth;
    this.columnWidth = columnWidth;
  }

  /** How many columns fit side by side in {@code width}. */
  static int maxColumns(int width) {
    return Math.max(1, (width + SEP.length()) / (MIN_COLUMN + SEP.length()));
  }

  /** The layout for {@code columns} columns: with a label column if that leaves room. */
  static TableLayout fit(Style style, int width, int columns, int labelWidth) {
    int wide = (width - labelWidth - SEP.length() * columns) / columns;
    if (wide >= MIN_WIDE_COLUMN) {
      return new TableLayout(style, columns, labelWidth, wide);
    }
    int narrow = (width - SEP.length() * (columns - 1)) / columns;
    return new TableLayout(style, columns, 0, Math.max(1, narrow));
  }

  int columnWidth() {
    return columnWidth;
  }

  /** The header: no label, no rule above it. */
  void header(PrintWriter out, List<List<Line>> cells) {
    lines(out, List.of(), cells);
  }

  /** A rule, then the row: its label left of the cells, or inside the rule when narrow. */
  void row(PrintWriter out, String label, List<List<Line>> cells) {
    if (labelWidth > 0) {
      out.println(style.dim(rule()));
      List<Line> labelLines = new ArrayList<>();
      for (String l : Text.wrap(label, labelWidth)) {
        labelLines.add(new Line(l, style::bold));
      }
      lines(out, labelLines, cells);
    } else {
      String rule = rule();
      String head = "── " + label + " ";
      if (Text.width(head) >= Text.width(rule)) {
        out.println(style.bold(label));
      } else {
        out.println(
            style.dim("── ")
                + style.bold(label)
                + " "
                + style.dim(rule.substring(Text.width(head)))); // one '─' a column
      }
      lines(out, List.of(), cells);
    }
  }

  private String rule() {
    StringBuilder b = new StringBuilder();
    if (labelWidth > 0) {
      b.append("─".repeat(labelWidth)).append(RULE_SEP);
    }
    for (int c = 0; c < columns; c++) {
      if (c > 0) {
        b.append(RULE_SEP);
      }
      b.append("─".repeat(columnWidth));
    }
    return b.toString();
  }

  private void lines(PrintWriter out, List<Line> label, List<List<Line>> cells) {
    int height = label.size();
    for (List<Line> cell : cells) {
      height = Math.max(height, cell.size());
    }
    for (int i = 0; i < height; i++) {
      StringBuilder b = new StringBuilder();
      if (labelWidth > 0) {
        b.append(padded(label, i, labelWidth)).append(style.dim(SEP));
      }
      for (int c = 0; c < cells.size(); c++) {
        if (c > 0) {
          b.append(style.dim(SEP));
        }
        b.append(padded(cells.get(c), i, columnWidth));
      }
      out.println(b.toString().stripTrailing());
    }
  }

  private static String padded(List<Line> cell, int i, int width) {
    if (i >= cell.size()) {
      return " ".repeat(width);
    }
    Line l = cell.get(i);
    return l.style().apply(l.text()) + " ".repeat(Math.max(0, width - Text.width(l.text())));
  }
}
