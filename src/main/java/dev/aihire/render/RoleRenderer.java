package dev.aihire.render;

import dev.aihire.model.Knowledge;
import dev.aihire.model.Role;
import java.io.PrintWriter;
import java.util.List;

/** Text views of roles: the aligned list and the full profile of one role. */
public final class RoleRenderer {
  private static final String ID = "ID";
  private static final String NAME = "NAME";
  private static final String SUMMARY = "SUMMARY";
  private static final String GAP = "  ";

  /** A summary narrower than this says too little: below it the list shows ids and names. */
  private static final int MIN_SUMMARY = 16;

  /** Names are cut to no fewer columns than this before the summary goes. */
  private static final int MIN_NAME = 12;

  private final Style style;
  private final int width;

  public RoleRenderer(Style style, int width) {
    this.style = style;
    this.width = width;
  }

  /**
   * One role a line at any width, like {@code gh repo list}: the id (what people type next) in
   * full, the name, and as much of the summary as fits. When the width is short the name gives way
   * first, then the summary goes; {@code aihire roles ID} has everything.
   */
  public void list(List<Role> roles, PrintWriter out) {
    int idWidth =
        Math.max(ID.length(), roles.stream().mapToInt(r -> Text.width(r.id())).max().orElse(0));
    int nameWidth =
        Math.max(
            NAME.length(),
            roles.stream().mapToInt(r -> Text.width(Text.safe(r.name()))).max().orElse(0));
    int rest = width - idWidth - GAP.length();
    int nameColumn;
    int summaryColumn;
    if (rest >= nameWidth + GAP.length() + MIN_SUMMARY) {
      nameColumn = nameWidth;
      summaryColumn = rest - nameWidth - GAP.length();
    } else if (rest >= MIN_NAME + GAP.length() + MIN_SUMMARY) {
      nameColumn = rest - GAP.length() - MIN_SUMMARY;
      summaryColumn = MIN_SUMMARY;
    } else {
      nameColumn = Math.min(nameWidth, Math.max(0, rest));
      summaryColumn = 0;
    }
    out.println(style.dim(line(ID, idWidth, NAME, nameColumn, SUMMARY, summaryColumn)));
    for (Role r : roles) {
      String id = Text.fit(Text.safe(r.id()), width);
      String more =
          line("", 0, Text.safe(r.name()), nameColumn, Text.safe(r.summary()), summaryColumn);
      out.println(style.bold(more.isEmpty() ? id : Text.pad(id, idWidth)) + more);
    }
  }

  /** The columns of one list line after the id, each cut to its width; no trailing blanks. */
  private static String line(
      String id, int idWidth, String name, int nameColumn, String summary, int summaryColumn) {
    StringBuilder b = new StringBuilder(idWidth == 0 ? "" : Text.pad(id, idWidth));
    if (nameColumn > 0) {
      b.append(GAP).append(Text.pad(Text.fit(name, nameColumn), nameColumn));
    }
    if (summaryColumn > 0) {
      b.append(GAP).append(Text.fit(summary, summaryColumn));
    }
    return b.toString().stripTrailing();
  }

  public void full(Role r, Knowledge k, PrintWriter out) {
    out.println(style.bold(Text.safe(r.name())) + style.dim(" (" + r.id() + ")"));
    paragraph(out, r.summary(), "");
    if (!r.aliases().isEmpty()) {
      paragraph(out, "Also called: " + String.join(", ", r.aliases()), "");
    }
    paragraph(out, "Models: " + r.modelRelation().description(), "");
    for (String note : r.titleNotes()) {
      paragraph(out, "Note on the title: " + note, "");
    }
    section(out, "Responsibilities", r.responsibilities());
    section(out, "Skills", r.skills());
    // One paragraph, the tools apart by semicolons: an item is often a group of its own
    // ("Kafka, Kinesis or Google Pub/Sub"), which commas alone would run together.
    section(out, "Tools", List.of(String.join("; ", r.tools())));
    section(out, "Hire for", r.hireFor());
    section(out, "Good signs", r.goodSigns());
    section(out, "Red flags", r.redFlags());
    heading(out, "The wrong hire when");
    for (Role.WrongHire w : r.wrongHireWhen()) {
      bullet(out, w.situation() + " Hire instead: " + name(k, w.instead()) + ".");
    }
    if (!r.confusedWith().isEmpty()) {
      heading(out, "Often confused with");
      for (Role.Confusion c : r.confusedWith()) {
        bullet(out, name(k, c.role()) + ": " + c.difference());
      }
    }
    heading(out, "Questions to ask candidates");
    int n = 1;
    for (Role.InterviewQuestion q : r.interviewQuestions()) {
      List<String> lines = Text.wrap(q.question(), width - 5);
      out.println(String.format("%2d. ", n++) + style.bold(lines.get(0)));
      for (String l : lines.subList(1, lines.size())) {
        out.println("    " + style.bold(l));
      }
      paragraph(out, "Tests: " + q.tests(), "    ");
      paragraph(out, "Strong answer: " + q.strongAnswer(), "    ");
    }
  }

  private static String name(Knowledge k, String roleId) {
    return k.role(roleId).map(Role::name).orElse(roleId);
  }

  private void section(PrintWriter out, String title, List<String> items) {
    heading(out, title);
    for (String item : items) {
      bullet(out, item);
    }
  }

  private void heading(PrintWriter out, String title) {
    out.println();
    out.println(style.cyan(title));
  }

  private void bullet(PrintWriter out, String text) {
    List<String> lines = Text.wrap(text, width - 4);
    out.println("  - " + lines.get(0));
    for (String l : lines.subList(1, lines.size())) {
      out.println("    " + l);
    }
  }

  private void paragraph(PrintWriter out, String text, String indent) {
    for (String l : Text.wrap(text, width - indent.length())) {
      out.println(indent + l);
    }
  }
}
