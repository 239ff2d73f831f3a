package dev.aihire.render;

import dev.aihire.engine.recommend.Recommendation;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The text answer of {@code recommend}: the top role first and loud, then why and what next. */
public final class RecommendRenderer {
  private final Style style;
  private final int width;

  public RecommendRenderer(Style style, int width) {
    this.style = style;
    this.width = width;
  }

  public void render(Recommendation rec, PrintWriter out) {
    render(rec, RecommendWords.commands(rec.next()), Map.of(), out);
  }

  /**
   * With the next commands as the caller words them (the interview annotates each) and the texts of
   * the questions that answers in the evidence replied to.
   */
  public void render(
      Recommendation rec, List<String> next, Map<String, String> questions, PrintWriter out) {
    if (rec.abstained()) {
      out.println("No AI or data role fits this need.");
      if (rec.notAHire() != null) {
        wrap(out, RecommendWords.notAHire(rec.notAHire()), "  ");
      }
      return;
    }
    Recommendation.RoleMatch top = rec.recommendations().get(0);
    String score = "  score " + Decimal.twoPlaces(top.score());
    String plainHire = "Hire: " + top.name() + " (" + top.role() + ")";
    String plainSure = "confidence: " + rec.confidence() + score;
    // The bar only where it fits on the line it ends (a narrow terminal puts the confidence on
    // a line of its own).
    int line = Text.width(plainHire + "   " + plainSure);
    int sureLine = line <= width ? line : 2 + Text.width(plainSure);
    Blocks.pair(
        out,
        width,
        "Hire: " + style.bold(top.name()) + style.dim(" (" + top.role() + ")"),
        plainHire,
        "   ",
        "confidence: "
            + confidence(rec.confidence())
            + style.dim(score)
            + (sureLine + 1 + Bar.CELLS <= width ? " " + Bar.of(top.score(), style) : ""),
        plainSure,
        "  ");
    wrap(out, top.summary(), "  ");
    List<String> why = RecommendWords.why(top, questions);
    if (!why.isEmpty()) {
      heading(out, "Why");
      for (String w : why) {
        wrap(out, "- " + w, "  ", "    ");
      }
    }
    for (Recommendation.Evidence e : top.evidence()) {
      if (e.points() >= 0) {
        continue;
      }
      wrap(
          out,
          "- but \""
              + e.text()
              + "\" counts against it"
              + (e.negated() ? " (you said it in the negative)" : ""),
          "  ",
          "    ");
    }
    List<String> notes = RecommendWords.notes(rec, RecommendJson.names(rec));
    if (!notes.isEmpty()) {
      heading(out, style.yellow("Note"));
      for (String note : notes) {
        wrap(out, "- " + note, "  ", "    ");
      }
    }
    if (!rec.avoid().isEmpty()) {
      heading(out, "Avoid");
      for (Recommendation.Avoid a : rec.avoid()) {
        // Colour after wrapping: Text.wrap defuses every ESC, the style's own ones included.
        String name = Text.safe(a.name());
        List<String> lines = Text.wrap("- " + name + ": " + a.reason(), width - 4);
        String first = lines.get(0);
        if (first.startsWith("- " + name)) {
          first = "- " + style.yellow(name) + first.substring(2 + name.length());
        }
        out.println("  " + first);
        for (String l : lines.subList(1, lines.size())) {
          out.println("    " + l);
        }
      }
    }
    if (rec.runnerUp() != null) {
      heading(out, "Runner-up");
      Recommendation.RoleMatch second =
          rec.recommendations().size() > 1 ? rec.recommendations().get(1) : null;
      wrap(
          out,
          rec.runnerUp().name()
              + " ("
              + rec.runnerUp().role()
              + ")"
              + (second == null
                  ? ""
                  : ", score "
                      + Decimal.twoPlaces(second.score())
                      + " "
                      + Bar.of(second.score(), style)),
          "  ");
      wrap(
          out,
          "What would change the answer: " + RecommendWords.wouldChangeIf(rec.runnerUp()),
          "  ");
    }
    // The others, once the top role and the runner-up are told; slivers of evidence are noise.
    double floor = top.score() / 4;
    List<Recommendation.RoleMatch> others = new ArrayList<>();
    for (Recommendation.RoleMatch m :
        rec.recommendations().subList(1, rec.recommendations().size())) {
      if ((rec.runnerUp() == null || !m.role().equals(rec.runnerUp().role()))
          && m.score() >= floor) {
        others.add(m);
      }
    }
    if (!others.isEmpty()) {
      heading(out, "Also considered");
      for (Recommendation.RoleMatch m : others) {
        out.println(
            "  "
                + Decimal.padRight(m.role(), 22)
                + " "
                + Decimal.twoPlaces(m.score())
                + " "
                + Bar.of(m.score(), style));
      }
    }
    heading(out, "Next");
    for (String cmd : next) {
      out.println("  " + style.cyan(cmd));
    }
  }

  private String confidence(Recommendation.Confidence c) {
    String word = c.toString();
    return switch (word) {
      case "strong" -> style.green(word);
      case "moderate" -> style.yellow(word);
      default -> style.red(word);
    };
  }

  private void heading(PrintWriter out, String title) {
    out.println();
    out.println(style.bold(title));
  }

  private void wrap(PrintWriter out, String text, String indent) {
    wrap(out, text, indent, indent);
  }

  private void wrap(PrintWriter out, String text, String first, String rest) {
    // Styling codes are zero-width; wrap the plain text when colour is off (tests, pipes).
    List<String> lines = Text.wrap(text, width - rest.length());
    out.println(first + lines.get(0));
    for (String l : lines.subList(1, lines.size())) {
      out.println(rest + l);
    }
  }
}
