package dev.aihire.render;

import dev.aihire.engine.check.CheckResult;
import dev.aihire.engine.check.Finding;
import dev.aihire.engine.check.Verdict;
import dev.aihire.model.Knowledge;
import dev.aihire.model.Role;
import java.io.PrintWriter;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The audit of a posting: the verdict first, then one finding a line like a linter ({@code LINE:
 * kind: message}, with what to change under it); or the same as JSON.
 */
public final class CheckRenderer {
  private final Knowledge knowledge;
  private final Style style;
  private final int width;

  public CheckRenderer(Knowledge knowledge, Style style, int width) {
    this.knowledge = knowledge;
    this.style = style;
    this.width = width;
  }

  /** A finding as scripts see it: the fields of CONTRACT.md, then additions. */
  record FindingView(int line, String kind, String message, String change, String role) {}

  /** The JSON fields of one posting's audit; a batch line puts its id and line first. */
  public Map<String, Object> view(Object id, Integer line, CheckResult r) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", id);
    out.put("line", line);
    out.put("title", Optional.ofNullable(r.title()));
    out.put("title_role", Optional.ofNullable(r.titleRole()));
    out.put("duties_role", Optional.ofNullable(r.dutiesRole()));
    out.put("verdict", r.verdict());
    out.put(
        "findings",
        r.findings().stream()
            .map(f -> new FindingView(f.line(), f.kind(), message(f, r), change(f, r), f.role()))
            .toList());
    return out;
  }

  public void json(CheckResult r, PrintWriter out) {
    Json.writePretty(out, view(null, null, r));
  }

  public void text(CheckResult r, PrintWriter out) {
    String verdict = r.verdict().toString();
    String coloured =
        switch (r.verdict()) {
          case MATCH -> style.green(verdict);
          case VAGUE, NOT_A_HIRE -> style.yellow(verdict);
          default -> style.red(verdict);
        };
    String title = "title: " + (r.title() == null ? "(none)" : Text.brief(r.title()));
    Blocks.pair(
        out,
        width,
        "verdict: " + style.bold(coloured),
        "verdict: " + verdict,
        "   ",
        title,
        title,
        "  ");
    String titleRole = role(r.titleRole());
    Blocks.pair(out, width, "  title role:", "  title role:", "  ", titleRole, titleRole, "    ");
    String dutiesRole = role(r.dutiesRole());
    Blocks.pair(
        out, width, "  duties role:", "  duties role:", " ", dutiesRole, dutiesRole, "    ");
    if (r.findings().isEmpty()) {
      out.println("no findings");
      return;
    }
    out.println();
    Set<String> changesShown = new HashSet<>();
    for (Finding f : r.findings()) {
      String head = (f.line() == 0 ? "-" : String.valueOf(f.line())) + ": " + f.kind() + ": ";
      lines(
          out,
          head,
          style.bold(f.line() == 0 ? "-" : String.valueOf(f.line()))
              + ": "
              + style.cyan(f.kind())
              + ": ",
          message(f, r),
          "    ");
      String change = change(f, r);
      if (changesShown.add(change)) { // the same advice for ten lines is said once
        lines(out, "    change: ", "    " + style.dim("change:") + " ", change, "    ");
      }
    }
  }

  private void lines(PrintWriter out, String plainHead, String head, String text, String indent) {
    if (width - Text.width(plainHead) < 20) {
      // A long finding id on a narrow terminal: the text starts on the next line.
      out.println(head.stripTrailing());
      for (String l : Text.wrap(text, Math.max(20, width - indent.length()))) {
        out.println(indent + l);
      }
      return;
    }
    List<String> wrapped = Text.wrap(text, Math.max(20, width - Text.width(plainHead)));
    out.println(head + wrapped.get(0));
    String rest = String.join(" ", wrapped.subList(1, wrapped.size()));
    if (!rest.isEmpty()) {
      for (String l : Text.wrap(rest, Math.max(20, width - indent.length()))) {
        out.println(indent + l);
      }
    }
  }

  private String role(String id) {
    return id == null ? "(none)" : Text.safe(name(id)) + " (" + id + ")";
  }

  private String name(String id) {
    return knowledge.role(id).map(Role::name).orElse(id);
  }

  String message(Finding f, CheckResult r) {
    if (f.message() != null) {
      return fill(f.message(), f.values());
    }
    return switch (f.kind()) {
      case Finding.Kinds.TITLE_MISMATCH ->
          "The title promises "
              + name(r.titleRole())
              + ", but the duties read as "
              + name(f.role())
              + " work: the posting will draw "
              + name(r.titleRole())
              + " candidates for a job they do not want, and miss the "
              + name(f.role())
              + "s who would do it well.";
      case Finding.Kinds.OTHER_ROLE_DUTIES ->
          "This line reads as "
              + name(f.role())
              + " work"
              + (f.words().isEmpty() ? "" : " (" + quoted(f.words()) + ")")
              + ".";
      case Finding.Kinds.SEVERAL_ROLES ->
          "The duties hold the work of "
              + f.words().size()
              + " roles ("
              + String.join(", ", f.words().stream().map(this::name).toList())
              + "), each with plenty of its own evidence: one person rarely does all of it well.";
      case Finding.Kinds.VAGUE_DUTIES ->
          "The duties say too little about the work for any" + " role to stand out.";
      case Finding.Kinds.NOT_A_HIRE ->
          f.words().isEmpty()
              ? "Nothing in this posting points to an AI or data role."
              : "'"
                  + f.words().get(0)
                  + "' is a leadership post, not the hire of one AI or data"
                  + " practitioner.";
      default -> f.kind();
    };
  }

  String change(Finding f, CheckResult r) {
    if (f.change() != null) {
      return fill(f.change(), f.values());
    }
    return switch (f.kind()) {
      case Finding.Kinds.TITLE_MISMATCH ->
          "Retitle it "
              + name(f.role())
              + ", or rewrite the"
              + " duties as the "
              + name(r.titleRole())
              + " work you need; see the difference with"
              + " 'aihire compare "
              + r.titleRole()
              + " "
              + f.role()
              + "'.";
      case Finding.Kinds.OTHER_ROLE_DUTIES ->
          r.verdict() == Verdict.UNICORN
              ? "Keep this line only if " + name(f.role()) + " is the role you hire first."
              : "Move this duty to "
                  + Text.withArticle(name(f.role()))
                  + " posting, or say what "
                  + (r.titleRole() == null ? "the role" : name(r.titleRole()))
                  + " work you mean.";
      case Finding.Kinds.SEVERAL_ROLES ->
          "Decide which of these roles you need first and"
              + " write the posting for it; hire the others later or share the work with a team.";
      case Finding.Kinds.VAGUE_DUTIES ->
          "Describe three or four concrete tasks of the first"
              + " six months: the data, the tools and what the person delivers.";
      default ->
          f.words().isEmpty()
              ? "If the job involves data or AI, describe that work; otherwise this check does not"
                  + " apply."
              : "Check the roles of the team this person will lead one at a time, or hire a"
                  + " practitioner first ('aihire recommend' helps).";
    };
  }

  private static String quoted(List<String> words) {
    return "\"" + String.join("\", \"", words) + "\"";
  }

  /** Replaces {key} placeholders of a knowledge message. */
  static String fill(String template, Map<String, String> values) {
    String out = template;
    for (Map.Entry<String, String> e : values.entrySet()) {
      out = out.replace("{" + e.getKey() + "}", e.getValue());
    }
    return out;
  }
}
