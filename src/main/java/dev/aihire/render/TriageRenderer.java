package dev.aihire.render;

import dev.aihire.engine.triage.Triage;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The triage of an incident: the likely causes with their evidence, owners and checks, the
 * accountable role and the investigation plan; JSON {@code causes[]} ({@code cause}, {@code
 * owners}, {@code checks}, {@code evidence}), {@code accountable} and {@code plan}.
 */
public final class TriageRenderer {
  private final Style style;
  private final int width;

  public TriageRenderer(Style style, int width) {
    this.style = style;
    this.width = width;
  }

  /** What one step of the plan asks, in words. */
  public static String action(Triage.Step s) {
    return switch (s.kind()) {
      case OPEN ->
          s.name()
              + " leads the investigation: freezes changes to the model and its"
              + " pipelines, notes when the trouble began, and brings in the owners below.";
      case CHECK ->
          s.name()
              + " checks \""
              + s.causeName()
              + "\" and reports what was"
              + " confirmed or ruled out.";
      case CLOSE ->
          s.name()
              + " confirms the cause from the results, agrees the fix and the"
              + " rollback, and writes the post-incident review with an owner for each follow-up.";
    };
  }

  public void render(Triage t, PrintWriter writer) {
    Blocks out = new Blocks(writer, width);
    if (t.nothingFound()) {
      out.line("No known kind of incident matches this description.");
      return;
    }
    out.line(style.bold("Likely causes") + ", most likely first");
    int i = 1;
    for (Triage.Cause c : t.causes()) {
      out.blank();
      String head = i++ + ". ";
      String indent = " ".repeat(head.length());
      List<String> title = Text.wrap(c.name(), Math.max(20, width - head.length()));
      writer.println(head + style.bold(title.get(0)));
      title.subList(1, title.size()).forEach(l -> writer.println(indent + style.bold(l)));
      out.labelled(indent, "Evidence", Blocks.quoted(c.evidence()));
      out.labelled(indent, "Owners", owners(c));
      out.wrap(c.explanation(), indent);
      out.line(indent + "Checks:");
      out.bullets(indent, c.checks());
    }
    out.blank();
    String accountable = "Accountable: " + Text.safe(t.accountableName());
    String id = "(" + t.accountable() + ")";
    Blocks.pair(writer, width, style.bold(accountable), accountable, " ", id, id, "  ");
    out.wrap(
        "The first owner of the most likely cause leads the investigation until the"
            + " cause is known.",
        "  ");
    out.blank();
    out.line(style.bold("Investigation plan"));
    int n = 1;
    for (Triage.Step s : t.plan()) {
      String head = "  " + n++ + ". ";
      out.wrap(action(s), head, " ".repeat(head.length()));
    }
    if (t.teamGiven()) {
      out.blank();
      if (t.missing().isEmpty()) {
        out.wrap("The team has an owner for each of the likely causes.", "");
      } else {
        out.line(style.yellow("Missing on the team"));
        for (Triage.Missing m : t.missing()) {
          out.wrap(missing(m), "  - ", "    ");
        }
      }
    }
  }

  static String missing(Triage.Missing m) {
    return "Nobody on the team owns \""
        + m.causeName()
        + "\". The role to bring in: "
        + m.name()
        + " (aihire roles "
        + m.role()
        + ").";
  }

  private static String owners(Triage.Cause c) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < c.owners().size(); i++) {
      parts.add(c.ownerNames().get(i) + " (" + c.owners().get(i) + ")");
    }
    return String.join(", ", parts);
  }

  public static Map<String, Object> json(Triage t) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("incident", t.incident());
    List<Object> causes = new ArrayList<>();
    for (Triage.Cause c : t.causes()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("cause", c.cause());
      m.put("name", c.name());
      m.put("owners", c.owners());
      m.put("checks", c.checks());
      m.put("evidence", c.evidence());
      m.put("score", c.score());
      m.put("explanation", c.explanation());
      causes.add(m);
    }
    doc.put("causes", causes);
    doc.put("accountable", Optional.ofNullable(t.accountable()));
    List<Object> plan = new ArrayList<>();
    int n = 1;
    for (Triage.Step s : t.plan()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("step", n++);
      m.put("kind", s.kind().name().toLowerCase(Locale.ROOT));
      m.put("role", s.role());
      m.put("cause", s.cause());
      m.put("checks", s.kind() == Triage.StepKind.CHECK ? s.checks() : null);
      m.put("action", action(s));
      plan.add(m);
    }
    doc.put("plan", plan);
    if (t.teamGiven()) {
      List<Object> missing = new ArrayList<>();
      for (Triage.Missing x : t.missing()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cause", x.cause());
        m.put("role", x.role());
        m.put("message", missing(x));
        missing.add(m);
      }
      doc.put("missing", missing);
    }
    return doc;
  }
}
