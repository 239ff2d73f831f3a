package dev.aihire.render;

import dev.aihire.engine.quiz.Graded;
import dev.aihire.engine.quiz.QuizQuestion;
import dev.aihire.engine.quiz.QuizResult;
import dev.aihire.engine.quiz.QuizResult.QuestionResult;
import dev.aihire.engine.quiz.QuizSession.Progress;
import dev.aihire.engine.quiz.Study;
import java.util.ArrayList;
import java.util.List;

/**
 * The quiz as text, for the terminal session and for scripted text runs alike. Returns lines
 * instead of printing, because the terminal session writes through JLine's writer.
 */
public final class QuizRenderer {
  /** A right choice longer than this is named by its letter only: the explanation has it. */
  private static final int NAME_CHOICE_UP_TO = 60;

  private final Style style;
  private final int width;

  public QuizRenderer(Style style, int width) {
    this.style = style;
    this.width = Math.max(40, width);
  }

  public List<String> question(QuizQuestion q, int number, int total) {
    List<String> lines = new ArrayList<>();
    lines.add(style.dim("Question " + number + " of " + total + " \u00b7 " + q.topic()));
    for (String l : Text.wrap(q.question(), width)) {
      lines.add(style.bold(l));
    }
    for (int i = 0; i < q.choices().size(); i++) {
      indent(lines, "  " + QuizQuestion.letter(i) + ") ", q.choices().get(i));
    }
    return lines;
  }

  /** What an answers file said, shown where a person would have typed it. */
  public String given(String typed) {
    return "Answer: " + Text.safe(typed);
  }

  public List<String> feedback(Graded g, Progress p) {
    QuizQuestion q = g.question();
    String right =
        q.answerLetter()
            + ")"
            + (Text.width(q.rightChoice()) <= NAME_CHOICE_UP_TO ? " " + q.rightChoice() : "");
    String word;
    String rest;
    if (g.correct()) {
      word = "Right.";
      rest = "";
    } else if (g.valid()) {
      word = "Wrong:";
      rest = " the answer is " + right;
    } else {
      word = "Not counted:";
      rest = " '" + g.given() + "' is not one of " + Graded.letters(q) + "; the answer is " + right;
    }
    // Wrap the plain text, then colour: wrapping makes escape codes visible as '?'.
    List<String> lines = new ArrayList<>(Text.wrap(word + rest, width));
    String verdict = g.correct() ? style.green(word) : style.red(word);
    lines.set(0, verdict + lines.get(0).substring(word.length()));
    for (String l : Text.wrap(q.explanation(), width - 2)) {
      lines.add("  " + l);
    }
    if (p.answered() < p.total()) { // after the last, the final score says it
      lines.add(
          style.dim(
              "Score: "
                  + p.right()
                  + "/"
                  + p.answered()
                  + " ("
                  + (p.total() - p.answered())
                  + " to go)"));
    }
    lines.add("");
    return lines;
  }

  public String retry(Graded g) {
    return "'"
        + Text.safe(g.given())
        + "' is not one of "
        + Graded.letters(g.question())
        + ": type a letter, or Ctrl-D to stop.";
  }

  /** The score, the pass mark, the weakest topic and what to study; {@code again} repeats it. */
  public List<String> summary(QuizResult r, String again) {
    List<String> lines = new ArrayList<>();
    if (r.stoppedEarly()) {
      int left = r.total() - r.answered();
      lines.add(
          "Stopped after "
              + r.answered()
              + " of "
              + r.total()
              + " questions; "
              + (left == 1 ? "the last one counts" : "the other " + left + " count")
              + " as unanswered.");
    }
    String score = "Score: " + r.score() + " of " + r.total() + " right (" + r.percent() + "%)";
    if (r.passed() != null) {
      score += (r.passed() ? ": passed" : ": below") + " the pass mark of " + r.passMark() + "%";
    }
    lines.add(style.bold(score));
    if (r.weakestTopic() != null) {
      int asked = 0;
      int right = 0;
      for (QuestionResult q : r.questions()) {
        if (q.topic() == r.weakestTopic() && q.given().isPresent()) {
          asked++;
          right += q.correct() ? 1 : 0;
        }
      }
      lines.add(
          "Weakest topic: "
              + r.weakestTopic()
              + " ("
              + right
              + " of "
              + asked
              + " right). To study:");
      for (Study s : r.study()) {
        lines.add("  " + style.cyan(command(s)));
      }
    } else if (r.answered() > 0) {
      lines.add("Every answer given was right.");
    }
    if (again != null) {
      lines.add(style.dim("The same quiz again: " + again));
    }
    return lines;
  }

  /** The command that shows what {@code s} points to, in the text and the JSON alike. */
  public static String command(Study s) {
    return switch (s.page()) {
      case TERM -> "aihire glossary " + s.id();
      case ROLE -> "aihire roles " + s.id();
      case GLOSSARY -> "aihire glossary";
      case ROLES -> "aihire roles";
    };
  }

  private void indent(List<String> lines, String head, String text) {
    List<String> wrapped = Text.wrap(text, width - head.length());
    lines.add(head + wrapped.get(0));
    for (String l : wrapped.subList(1, wrapped.size())) {
      lines.add(" ".repeat(head.length()) + l);
    }
  }
}
