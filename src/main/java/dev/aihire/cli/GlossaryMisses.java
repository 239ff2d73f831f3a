package dev.aihire.cli;

import dev.aihire.engine.glossary.Glossary;
import dev.aihire.engine.glossary.TermMatch;
import dev.aihire.render.Text;
import java.util.ArrayList;
import java.util.List;

/** The usage errors of a glossary look-up that found no single term, with what to type next. */
final class GlossaryMisses {
  private static final int SHOWN = 10;

  private GlossaryMisses() {}

  static AppException error(TermMatch match, Glossary glossary) {
    String typed = Text.safe(match.query());
    List<String> lines = new ArrayList<>();
    if (match.match() == TermMatch.Match.AMBIGUOUS) {
      lines.add("'" + typed + "' matches " + match.candidates().size() + " terms; say which:");
      int idWidth =
          match.candidates().stream()
              .limit(SHOWN)
              .mapToInt(c -> Text.width(Text.safe(c.id())))
              .max()
              .orElse(0);
      for (TermMatch.Candidate c : match.candidates().stream().limit(SHOWN).toList()) {
        lines.add(
            "  "
                + Text.pad(Text.safe(c.id()), idWidth)
                + "  "
                + Text.safe(c.term())
                + (c.matched().equals(c.term()) ? "" : " (" + Text.safe(c.matched()) + ")"));
      }
      if (match.candidates().size() > SHOWN) {
        lines.add(
            "  … and "
                + (match.candidates().size() - SHOWN)
                + " more; try 'aihire"
                + " glossary --search "
                + typed
                + "'");
      }
      return new AppException(ExitCode.USAGE, lines);
    }
    String hint =
        match.candidates().isEmpty()
            ? ""
            : "; did you mean "
                + String.join(
                    " or ",
                    match.candidates().stream().map(c -> "'" + Text.safe(c.id()) + "'").toList())
                + "?";
    lines.add("unknown term '" + typed + "'" + hint);
    int mentions = glossary.search(match.query()).results().size();
    lines.add(
        mentions > 0
            ? mentions
                + (mentions == 1 ? " term mentions" : " terms mention")
                + " it: 'aihire"
                + " glossary --search "
                + typed
                + "'"
            : "'aihire glossary' lists every term; 'aihire glossary --search WORDS' searches them");
    return new AppException(ExitCode.USAGE, lines);
  }
}
