package dev.aihire.render;

import dev.aihire.interview.Explanation;
import dev.aihire.interview.InterviewResult;
import dev.aihire.interview.TrailEntry;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The interview as text: each question as the terminal shows it, the replies to "why", "back" and
 * typos, and the ending: the recommendation exactly as {@code recommend} shows it, then the answers
 * given and what each one changed, then how the interview ended.
 */
public final class InterviewRenderer {
  /** Longest reply quoted back in a message: a pasted page is named, not echoed. */
  public static final int MAX_QUOTED = 40;

  private final Style style;
  private final int width;

  public InterviewRenderer(Style style, int width) {
    this.style = style;
    this.width = width;
  }

  /** A question: its number, its text, the numbered choices; with {@code hint}, how to reply. */
  public List<String> question(
      int number, int max, String text, List<String> choices, boolean hint) {
    List<String> lines = new ArrayList<>();
    lines.add("");
    lines.add(style.dim("Question " + number + " (at most " + max + ")"));
    laidOut(lines, text, "", "", true);
    for (int i = 0; i < choices.size(); i++) {
      String n = String.format("%3d. ", i + 1);
      laidOut(lines, choices.get(i), n, " ".repeat(n.length()), false);
    }
    if (hint) {
      laidOut(
          lines,
          "Type a number (Tab completes), or skip, back or why. Ctrl-D leaves.",
          "",
          "",
          false);
    }
    return lines;
  }

  public String why(Explanation why) {
    return "Why this question: " + why.why() + " " + why.separatesSentence();
  }

  public String nothingToGoBackTo() {
    return "This is the first question; there is nothing to go back to.";
  }

  /** A reply that is no answer; {@code hint} says what would be. */
  public String notAnAnswer(String line, String hint) {
    return "'" + quoted(line) + "' is not an answer: " + hint + ".";
  }

  /** A reply as messages quote it: stripped, and cut to {@link #MAX_QUOTED} characters. */
  public static String quoted(String line) {
    String s = line.strip();
    return s.length() <= MAX_QUOTED ? s : s.substring(0, MAX_QUOTED) + "\u2026";
  }

  private void laidOut(List<String> lines, String text, String first, String rest, boolean bold) {
    List<String> wrapped = Text.wrap(text, width - 1 - rest.length());
    for (int i = 0; i < wrapped.size(); i++) {
      String line = bold ? style.bold(wrapped.get(i)) : wrapped.get(i);
      lines.add((i == 0 ? first : rest) + line);
    }
  }

  /**
   * What the typed need already says, before the first question: the roles it points to with their
   * share of the belief ({@code leaders}: names and probabilities, best first).
   */
  public String startingPoint(List<String> names, List<Double> probabilities) {
    if (names.isEmpty()) {
      return "Nothing in what you wrote points to one role yet; the questions will find it.";
    }
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      parts.add(names.get(i) + " (" + Math.round(probabilities.get(i) * 100) + "%)");
    }
    return "From what you wrote: "
        + String.join(" and ", parts)
        + (parts.size() == 1 ? " leads" : " lead")
        + "; the questions will confirm or change"
        + " that.";
  }

  public void render(InterviewResult result, PrintWriter out) {
    Map<String, String> questions = new HashMap<>();
    result.trail().forEach(t -> questions.put(t.questionId(), t.question()));
    new RecommendRenderer(style, width)
        .render(
            result.recommendation(),
            annotated(RecommendWords.commands(result.next())),
            questions,
            out);
    if (!result.query().isBlank()) {
      out.println();
      out.println(style.bold("Your need"));
      wrap(out, result.query(), "  ", "  ", false);
    }
    if (!result.trail().isEmpty()) {
      out.println();
      out.println(style.bold("Your answers"));
      int n = 0;
      for (TrailEntry t : result.trail()) {
        n++;
        String number = String.format("%3d. ", n);
        String indent = " ".repeat(number.length());
        wrap(out, t.question(), number, indent, false);
        wrap(out, "→ " + t.answer(), indent, indent + "  ", false);
        wrap(out, t.effect(), indent + "  ", indent + "  ", true);
      }
    }
    out.println();
    int asked = result.questionsAsked();
    String questionCount = asked + (asked == 1 ? " question" : " questions");
    wrap(
        out,
        switch (result.ended()) {
          case "confident" -> "Ended after " + questionCount + ": one role is clearly ahead.";
          case "max-questions" ->
              "Ended after "
                  + questionCount
                  + ", the limit (--max-questions)."
                  + " More answers could change the order.";
          case "out-of-questions" ->
              "Ended after "
                  + questionCount
                  + ": no question is left that"
                  + " would tell these roles apart.";
          default ->
              "Stopped after "
                  + questionCount
                  + ", before one role was clearly ahead; this is"
                  + " the best guess so far.";
        },
        "",
        "",
        false);
  }

  /** The next steps with a word on what each gives, for people; JSON keeps plain commands. */
  private static List<String> annotated(List<String> commands) {
    List<String> next = new ArrayList<>();
    for (String cmd : commands) {
      if (cmd.startsWith("aihire roles ")) {
        next.add(cmd + "   # questions to ask candidates");
      } else if (cmd.startsWith("aihire compare ")) {
        next.add(cmd + "   # the difference");
      } else {
        next.add(cmd);
      }
    }
    return next;
  }

  /** Wraps the plain text first: styling codes are zero-width and Text.safe would mask them. */
  private void wrap(PrintWriter out, String text, String first, String rest, boolean dim) {
    List<String> lines = Text.wrap(text, width - rest.length());
    for (int i = 0; i < lines.size(); i++) {
      out.println((i == 0 ? first : rest) + (dim ? style.dim(lines.get(i)) : lines.get(i)));
    }
  }
}
