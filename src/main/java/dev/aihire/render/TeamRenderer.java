package dev.aihire.render;

import dev.aihire.engine.team.TeamPlan;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The hiring plan of {@code team}: text that explains each hire, and the JSON document of
 * CONTRACT.md ({@code plan[]} with {@code role}, {@code why}, {@code needs_first}, {@code then};
 * {@code not_yet[]}; {@code risks[]}). Both come from {@link #why} and the same record.
 */
public final class TeamRenderer {
  private final Style style;
  private final int width;

  public TeamRenderer(Style style, int width) {
    this.style = style;
    this.width = width;
  }

  /** The reasons for a hire, as sentences: the recommender's, a prerequisite's, an unlock's. */
  public static List<String> why(TeamPlan.Hire h) {
    List<String> why = new ArrayList<>();
    switch (h.basis()) {
      case PREREQUISITE -> {
        String said =
            h.evidence().isEmpty() ? "" : " The need says " + Blocks.quoted(h.evidence()) + ".";
        why.add(
            "Comes before the "
                + h.forName()
                + ", who needs this first: "
                + lowerFirst(h.because())
                + said);
      }
      case UNLOCKED ->
          why.add(
              "Comes after the "
                  + h.forName()
                  + (h.because() == null
                      ? "."
                      : ", once that hire has delivered: " + lowerFirst(h.because())));
      case RECOMMENDED ->
          why.add(
              h.why().isEmpty()
                  ? "The recommend engine's choice for this need."
                  : "The need says " + Blocks.quoted(h.why()) + ".");
      default -> throw new IllegalStateException(h.basis().toString());
    }
    return why;
  }

  /** Knowledge sentences start with a capital; inside a sentence of ours they continue it. */
  private static String lowerFirst(String s) {
    return s.length() > 1
            && Character.isUpperCase(s.charAt(0))
            && !Character.isUpperCase(s.charAt(1))
        ? Character.toLowerCase(s.charAt(0)) + s.substring(1)
        : s;
  }

  public void render(TeamPlan plan, PrintWriter writer) {
    Blocks out = new Blocks(writer, width);
    if (plan.plan().isEmpty()) {
      out.line("No AI or data hire fits this need, so there is no plan.");
      return;
    }
    int n = plan.plan().size();
    String stage =
        plan.stage() == null
            ? ""
            : " at the "
                + plan.stage().id()
                + " stage"
                + (plan.stageFromNeed() ? " (read from the need; set it with --stage)" : "");
    out.wrap(
        "Hiring plan: " + (n == 1 ? "1 hire" + stage + "." : n + " hires" + stage + ", in order."),
        "");
    int i = 1;
    for (TeamPlan.Hire h : plan.plan()) {
      out.blank();
      String head = i++ + ". ";
      out.line(head + style.bold(Text.safe(h.name())) + style.dim(" (" + h.role() + ")"));
      String indent = " ".repeat(head.length());
      section(out, indent, "Why", why(h));
      List<String> needs = new ArrayList<>();
      for (TeamPlan.NeedsFirst nf : h.needsFirst()) {
        needs.add(
            nf.role() == null
                ? nf.what()
                : nf.name()
                    + (nf.inPlan() ? " (planned above): " : " (not in this plan): ")
                    + nf.what());
      }
      section(out, indent, "Needs first", needs);
      section(out, indent, "Then", h.then());
      if (h.stageNote() != null) {
        section(out, indent, "At this stage", List.of(h.stageNote()));
      }
    }
    if (!plan.notYet().isEmpty()) {
      out.blank();
      out.line(style.bold("Not yet"));
      for (TeamPlan.NotYet ny : plan.notYet()) {
        out.wrap(ny.name() + " (" + ny.role() + "): " + ny.condition(), "  - ", "    ");
      }
    }
    if (!plan.risks().isEmpty()) {
      out.blank();
      out.line(style.yellow("Risks"));
      for (TeamPlan.RiskFound r : plan.risks()) {
        out.wrap(riskMessage(r), "  - ", "    ");
      }
    }
  }

  private static void section(Blocks out, String indent, String label, List<String> items) {
    if (!items.isEmpty()) {
      out.line(indent + label);
      out.bullets(indent + "  ", items);
    }
  }

  static String riskMessage(TeamPlan.RiskFound r) {
    return r.message()
        + (r.evidence().isEmpty() ? "" : " The text says " + Blocks.quoted(r.evidence()) + ".");
  }

  /** The JSON document. */
  public static Map<String, Object> json(TeamPlan plan) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("need", plan.need());
    doc.put("stage", plan.stage() == null ? null : plan.stage().id());
    doc.put("stage_from_need", plan.stage() == null ? null : plan.stageFromNeed());
    List<Object> hires = new ArrayList<>();
    for (TeamPlan.Hire h : plan.plan()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("role", h.role());
      m.put("name", h.name());
      m.put("why", why(h));
      List<Object> needs = new ArrayList<>();
      for (TeamPlan.NeedsFirst nf : h.needsFirst()) {
        Map<String, Object> x = new LinkedHashMap<>();
        x.put("role", nf.role());
        x.put("what", nf.what());
        x.put("in_plan", nf.role() == null ? null : nf.inPlan());
        needs.add(x);
      }
      m.put("needs_first", needs);
      m.put("then", h.then());
      m.put("basis", h.basis().name().toLowerCase(Locale.ROOT));
      m.put(h.basis() == TeamPlan.Basis.PREREQUISITE ? "before" : "after", h.forRole());
      m.put("evidence", h.evidence());
      m.put("stage_note", h.stageNote());
      hires.add(m);
    }
    doc.put("plan", hires);
    List<Object> notYet = new ArrayList<>();
    for (TeamPlan.NotYet ny : plan.notYet()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("role", ny.role());
      m.put("name", ny.name());
      m.put("condition", ny.condition());
      m.put("right_after", ny.rightAfter());
      notYet.add(m);
    }
    doc.put("not_yet", notYet);
    doc.put("risks", risks(plan.risks()));
    return doc;
  }

  static List<Object> risks(List<TeamPlan.RiskFound> risks) {
    List<Object> out = new ArrayList<>();
    for (TeamPlan.RiskFound r : risks) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", r.id());
      m.put("roles", r.roles());
      m.put("evidence", r.evidence());
      m.put("message", riskMessage(r));
      out.add(m);
    }
    return out;
  }
}
