package dev.aihire.render;

import dev.aihire.engine.compare.Comparison;
import dev.aihire.engine.compare.Comparison.Column;
import dev.aihire.render.TableLayout.Line;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The text answer of {@code compare}: the decision first (which to hire when, and the key
 * differences), then a table with one column per role. The table shows the first few items of long
 * lists and says how many more there are; {@code aihire roles ID} and the JSON have them all.
 * {@link #brief} is the decision alone.
 */
public final class CompareRenderer {
  private static final int PROBLEMS = 3;
  private static final int SKILLS = 4;
  private static final int TOOLS = 6;
  private static final int HIRE_WHEN = 2;
  private static final int WRONG_HIRE = 2;
  private static final int LABEL_WIDTH = Text.width("Typical problems");

  /** A row of the table: its label and how to draw one role's cell. */
  private record Row(String label, Function<Column, List<Line>> cell) {}

  private final Style style;
  private final int width;

  public CompareRenderer(Style style, int width) {
    this.style = style;
    this.width = width;
  }

  /** The decision, then the full table. */
  public void render(Comparison c, PrintWriter out) {
    decision(c, out);
    out.println();
    List<Column> roles = c.roles();
    int perTable = TableLayout.maxColumns(width);
    int tables = (roles.size() + perTable - 1) / perTable;
    int size = (roles.size() + tables - 1) / tables; // balanced: 5 roles in 3 + 2, not 4 + 1
    for (int from = 0; from < roles.size(); from += size) {
      if (from > 0) {
        out.println();
      }
      table(roles.subList(from, Math.min(roles.size(), from + size)), out);
    }
    hint(out, "Everything about a role: aihire roles ID");
  }

  /** Only the decision: which to hire when, and what separates the roles. */
  public void brief(Comparison c, PrintWriter out) {
    decision(c, out);
    hint(
        out,
        "Side by side: aihire compare "
            + String.join(" ", c.roles().stream().map(Column::role).toList()));
  }

  /**
   * What a reader came for, before any table: the question in one line, the situations and whom to
   * hire for each, then the sentences that separate the roles.
   */
  private void decision(Comparison c, PrintWriter out) {
    List<String> names = c.roles().stream().map(Column::name).toList();
    String question =
        names.size() == 1
            ? names.get(0)
            : String.join(", ", names.subList(0, names.size() - 1))
                + " or "
                + names.get(names.size() - 1);
    for (String l : Text.wrap(question + "?", width)) {
      out.println(style.bold(l));
    }
    if (!c.whichToHire().isEmpty()) {
      heading(out, "Which to hire");
      for (Comparison.Choice choice : c.whichToHire()) {
        String other =
            choice.insteadOf() == null ? "" : " (not " + name(c, choice.insteadOf()) + ")";
        bullet(out, choice.situation() + " → " + choice.name() + other);
      }
    }
    if (!c.differences().isEmpty()) {
      heading(out, "Key differences");
      for (Comparison.Difference d : c.differences()) {
        bullet(out, d.text());
      }
    }
  }

  private void hint(PrintWriter out, String text) {
    out.println();
    for (String l : Text.wrap(text, width)) {
      out.println(style.dim(l));
    }
  }

  private void table(List<Column> roles, PrintWriter out) {
    TableLayout layout = TableLayout.fit(style, width, roles.size(), LABEL_WIDTH);
    int w = layout.columnWidth();
    List<Row> rows = rows(new Cells(w));
    List<List<Line>> header = new ArrayList<>();
    for (Column r : roles) {
      List<Line> cell = new ArrayList<>();
      Text.wrap(r.name(), w).forEach(l -> cell.add(new Line(l, style::bold)));
      Text.wrap(r.role(), w).forEach(l -> cell.add(new Line(l, style::dim)));
      header.add(cell);
    }
    layout.header(out, header);
    for (Row row : rows) {
      List<List<Line>> cells = new ArrayList<>();
      for (Column r : roles) {
        cells.add(row.cell().apply(r));
      }
      layout.row(out, row.label(), cells);
    }
  }

  private List<Row> rows(Cells k) {
    return List.of(
        new Row("In one line", r -> k.paragraph(r.summary())),
        new Row("Models", r -> k.paragraph(r.models())),
        new Row("Typical problems", r -> k.bullets(r.typicalProblems(), PROBLEMS)),
        new Row("Skills", r -> k.bullets(r.skills(), SKILLS)),
        new Row("Tools", r -> k.commaList(r.tools(), TOOLS)),
        new Row("A good sign", r -> k.first(r.goodSigns())),
        new Row("A red flag", r -> k.first(r.redFlags())),
        new Row("Hire when", r -> k.bullets(r.hireWhen(), HIRE_WHEN)),
        new Row(
            "Wrong hire when",
            r ->
                k.bullets(
                    r.wrongHireWhen().stream()
                        .map(x -> x.situation() + " → " + x.insteadName())
                        .toList(),
                    WRONG_HIRE)));
  }

  /** Cell contents wrapped to one table's column width (tables differ when roles are split). */
  private final class Cells {
    private final int width;

    Cells(int width) {
      this.width = width;
    }

    List<Line> paragraph(String text) {
      List<Line> out = new ArrayList<>();
      Text.wrap(text, width).forEach(l -> out.add(Line.plain(l)));
      return out;
    }

    List<Line> first(List<String> items) {
      return items.isEmpty() ? dash() : paragraph(items.get(0));
    }

    List<Line> bullets(List<String> items, int limit) {
      if (items.isEmpty()) {
        return dash();
      }
      List<Line> out = new ArrayList<>();
      for (String item : items.subList(0, Math.min(limit, items.size()))) {
        List<String> lines = Text.wrap(item, width - 2);
        out.add(Line.plain("- " + lines.get(0)));
        lines.subList(1, lines.size()).forEach(l -> out.add(Line.plain("  " + l)));
      }
      more(out, items.size() - limit);
      return out;
    }

    /** Items apart by semicolons: one may be a group of its own ("Kafka, Kinesis or Pub/Sub"). */
    List<Line> commaList(List<String> items, int limit) {
      if (items.isEmpty()) {
        return dash();
      }
      List<Line> out =
          paragraph(String.join("; ", items.subList(0, Math.min(limit, items.size()))));
      more(out, items.size() - limit);
      return out;
    }

    private void more(List<Line> out, int more) {
      if (more > 0) {
        Text.wrap("+" + more + " more", width).forEach(l -> out.add(new Line(l, style::dim)));
      }
    }

    private List<Line> dash() {
      return List.of(new Line("–", style::dim));
    }
  }

  private static String name(Comparison c, String roleId) {
    return c.roles().stream()
        .filter(r -> r.role().equals(roleId))
        .map(Column::name)
        .findFirst()
        .orElse(roleId);
  }

  private void heading(PrintWriter out, String title) {
    out.println();
    out.println(style.bold(title));
  }

  private void bullet(PrintWriter out, String text) {
    List<String> lines = Text.wrap(text, width - 4);
    out.println("  - " + lines.get(0));
    lines.subList(1, lines.size()).forEach(l -> out.println("    " + l));
  }
}
