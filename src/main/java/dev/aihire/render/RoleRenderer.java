package dev.aihire.render;

import dev.aihire.model.Knowledge;
import dev.aihire.model.Role;
import java.io.PrintWriter;
import java.util.List;

/** Text views of roles: the aligned list and the full profile of one role. */
public final class RoleRenderer {
  private final Style style;
  private final int width;

  public RoleRenderer(Style style, int width) {
    this.style = style;
    this.width = width;
  }

  public void list(List<Role> roles, PrintWriter out) {
    int idWidth = roles.stream().mapToInt(r -> Text.width(r.id())).max().orElse(0);
    int nameWidth = roles.stream().mapToInt(r -> Text.width(Text.safe(r.name()))).max().orElse(0);
    int indent = idWidth + nameWidth + 4;
    for (Role r : roles) {
      List<String> summary = Text.wrap(r.summary(), Math.max(20, width - indent));
      out.println(style.bold(Text.pad(r.id(), idWidth)) + "  "
          + Text.pad(Text.safe(r.name()), nameWidth) + "  " + summary.get(0));
      for (String more : summary.subList(1, summary.size())) {
        out.println(" ".repeat(indent) + more);
      }
    }
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
    section(out, "Tools", List.of(String.join(", ", r.tools())));
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
