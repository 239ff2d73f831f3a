package dev.aihire.render;

import dev.aihire.engine.team.AuditReport;
import dev.aihire.engine.team.TeamReader;
import dev.aihire.model.Knowledge;
import dev.aihire.model.Role;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The team audit of {@code team --audit}: the team as read, the most urgent gap first, then every
 * finding; JSON {@code findings[]} with {@code role}, {@code kind} and {@code message}.
 */
public final class AuditRenderer {
  private final Style style;
  private final int width;
  private final Knowledge knowledge;

  public AuditRenderer(Style style, int width, Knowledge knowledge) {
    this.style = style;
    this.width = width;
    this.knowledge = knowledge;
  }

  /** One finding in words. */
  public String message(AuditReport.Finding f) {
    String said =
        f.evidence().isEmpty()
            ? ""
            : " The description mentions " + Blocks.quoted(f.evidence()) + ".";
    return switch (f.kind()) {
      case gap ->
          "No " + f.name() + " on the team, though the work needs one. " + f.because() + said;
      case surplus ->
          f.count()
              + " "
              + f.name()
              + (f.count() == 1 ? "" : "s")
              + " against "
              + f.against()
              + " "
              + names(f.per())
              + " (at most "
              + f.atMost()
              + " each). "
              + f.because();
      case risk ->
          f.per().isEmpty()
              ? f.name() + " on the team may be premature. " + f.because() + said
              : f.because() + said;
    };
  }

  private String names(List<String> roles) {
    List<String> names =
        roles.stream().map(r -> knowledge.role(r).map(Role::name).orElse(r)).toList();
    if (names.size() <= 1) {
      return String.join("", names);
    }
    return String.join(", ", names.subList(0, names.size() - 1))
        + " or "
        + names.get(names.size() - 1);
  }

  public void render(AuditReport report, PrintWriter writer) {
    Blocks out = new Blocks(writer, width);
    List<AuditReport.Finding> findings = report.findings();
    AuditReport.Finding first =
        findings.stream().filter(f -> f.kind() == AuditReport.Kind.gap).findFirst().orElse(null);
    if (first != null) {
      // Styled after layout: wrapping would defuse the style's own escape codes.
      out.line(
          style.bold("Most urgent gap: " + Text.safe(first.name())) + " (" + first.role() + ")");
      out.wrap(
          "The description mentions "
              + Blocks.quoted(first.evidence())
              + ", and nobody"
              + " on the team does that work.",
          "  ");
      out.blank();
    } else if (findings.isEmpty()) {
      out.wrap("No gaps, surpluses or risks found for the work this description mentions.", "");
      out.blank();
    }
    out.line(style.bold("Team as read"));
    int nameWidth =
        report.team().stream().mapToInt(c -> Text.width(name(c.role()))).max().orElse(0);
    for (TeamReader.Count c : report.team()) {
      out.wrap(
          "from \"" + c.quoted() + "\"",
          "  "
              + Text.pad(name(c.role()), nameWidth)
              + "  "
              + String.format("%2d", c.count())
              + "  ",
          " ".repeat(nameWidth + 8));
    }
    if (!findings.isEmpty()) {
      out.blank();
      out.line(style.bold("Findings"));
      for (AuditReport.Finding f : findings) {
        String kind = Text.pad(f.kind().name(), 7);
        String coloured = f.kind() == AuditReport.Kind.gap ? style.red(kind) : style.yellow(kind);
        List<String> lines = Text.wrap(message(f), Math.max(20, width - 12));
        writer.println("  " + coloured + "  " + lines.get(0));
        for (String l : lines.subList(1, lines.size())) {
          writer.println(" ".repeat(11) + l);
        }
      }
    }
  }

  private String name(String role) {
    return knowledge.role(role).map(Role::name).orElse(role);
  }

  public Map<String, Object> json(AuditReport report) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("description", report.description());
    List<Object> team = new ArrayList<>();
    for (TeamReader.Count c : report.team()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("role", c.role());
      m.put("count", c.count());
      m.put("read_from", c.quoted());
      team.add(m);
    }
    doc.put("team", team);
    List<Object> findings = new ArrayList<>();
    for (AuditReport.Finding f : report.findings()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("role", f.role());
      m.put("kind", f.kind().name());
      m.put("message", message(f));
      m.put("urgency", f.urgency());
      m.put("count", f.count());
      m.put("evidence", f.evidence());
      findings.add(m);
    }
    doc.put("findings", findings);
    return doc;
  }
}
