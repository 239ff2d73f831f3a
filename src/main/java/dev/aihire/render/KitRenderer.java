package dev.aihire.render;

import dev.aihire.engine.kit.InterviewKit;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * An interview kit as GitHub-flavoured Markdown, to paste into a hiring tool or a shared doc: one
 * {@code #} title, sections as {@code ##}, pipe tables for the competencies and the scorecard. All
 * knowledge text is escaped for Markdown and for a terminal.
 */
public final class KitRenderer {
  public void json(InterviewKit kit, PrintWriter out) {
    Json.writePretty(out, kit);
  }

  public void markdown(InterviewKit kit, PrintWriter out) {
    out.println("# Interview kit: " + md(kit.name()) + " (`" + md(kit.role()) + "`)");
    out.println();
    out.println(md(kit.summary()));
    if (!kit.notThis().isEmpty()) {
      out.println();
      out.println("**Not to be confused with:**");
      out.println();
      for (InterviewKit.NotThis n : kit.notThis()) {
        out.println("- **" + md(n.name()) + "**: " + md(n.difference()));
      }
    }
    if (!kit.missing().isEmpty()) {
      out.println();
      out.println(
          "> **Incomplete kit:** the knowledge has no "
              + missing(kit.missing())
              + " for this role yet; add them to the `kits:` section of the knowledge file.");
    }
    if (!kit.competencies().isEmpty()) {
      heading(out, "What to assess");
      table(
          out,
          List.of("Competency", "What it covers"),
          kit.competencies().stream()
              .map(c -> List.of("**" + md(c.competency()) + "**", md(c.covers())))
              .toList());
    }
    heading(out, "Questions");
    int n = 1;
    for (InterviewKit.KitQuestion q : kit.questions()) {
      if (n > 1) {
        out.println();
      }
      out.println("### " + n++ + ". " + md(q.question()));
      out.println();
      out.println("- **Tests:** " + md(q.tests()));
      out.println("- **Strong answer:** " + md(q.strongAnswer()));
      out.println(
          "- **Weak answer:** "
              + (q.weakAnswer() == null ? "_not in the knowledge yet_" : md(q.weakAnswer())));
    }
    list(out, "Good signs", kit.goodSigns());
    list(out, "Red flags", kit.redFlags());
    if (!kit.scorecard().isEmpty()) {
      heading(out, "Scorecard");
      out.println("Score each competency from 1 to 4; the cells say what each level looks like.");
      out.println();
      List<List<String>> rows = new ArrayList<>();
      for (InterviewKit.ScoreRow r : kit.scorecard()) {
        List<String> row = new ArrayList<>();
        row.add("**" + md(r.competency()) + "**");
        r.levels().forEach(l -> row.add(md(l)));
        row.add(" ");
        rows.add(row);
      }
      table(out, List.of("Competency", "1", "2", "3", "4", "Score"), rows);
    }
    if (kit.workSample() != null) {
      heading(out, "Work sample");
      out.println("**Task:** " + md(kit.workSample().task()));
      out.println();
      out.println("**Time box:** " + md(kit.workSample().timeBox()));
      out.println();
      out.println("A good submission:");
      out.println();
      kit.workSample().goodSubmission().forEach(g -> out.println("- " + md(g)));
    }
    if (!kit.postingSmells().isEmpty()) {
      heading(out, "Posting smells to avoid");
      for (InterviewKit.Smell s : kit.postingSmells()) {
        out.println("- **" + md(s.kind()) + "**: " + md(s.change()));
      }
    }
  }

  private static String missing(List<InterviewKit.Part> parts) {
    List<String> words =
        parts.stream()
            .map(
                p ->
                    switch (p) {
                      case COMPETENCIES -> "competencies (so no scorecard)";
                      case WORK_SAMPLE -> "work sample";
                      case WEAK_ANSWERS -> "weak answers for some questions";
                    })
            .toList();
    return String.join(", ", words);
  }

  private static void heading(PrintWriter out, String title) {
    out.println();
    out.println("## " + title);
    out.println();
  }

  private static void list(PrintWriter out, String title, List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    heading(out, title);
    items.forEach(i -> out.println("- " + md(i)));
  }

  private static void table(PrintWriter out, List<String> header, List<List<String>> rows) {
    out.println("| " + String.join(" | ", header) + " |");
    out.println("|" + " --- |".repeat(header.size()));
    for (List<String> row : rows) {
      out.println("| " + String.join(" | ", row) + " |");
    }
  }

  /**
   * Knowledge text made inert: terminal controls defused, and the characters that would start HTML,
   * break a table cell or open emphasis escaped.
   */
  static String md(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : Text.safe(s).toCharArray()) {
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '|', '\\', '*', '_', '`', '[', ']' -> b.append('\\').append(c);
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
