package dev.aihire.render;

import dev.aihire.model.Knowledge;
import java.io.PrintWriter;
import java.util.List;

/**
 * What {@code aihire validate} found in a knowledge file: the JSON document field for field, and
 * the lines a person reads of it.
 */
public record ValidationReport(
    String file, boolean valid, List<String> problems, Counts counts, List<String> warnings) {

  /** How much a valid file holds. */
  public record Counts(
      int roles, int glossary, int redFlags, int questions, int quiz, int signals) {
    static Counts of(Knowledge k) {
      return new Counts(
          k.roles().size(),
          k.glossary().size(),
          k.redFlags().size(),
          k.questions().size(),
          k.quiz().size(),
          k.roles().stream().mapToInt(r -> r.signals().size()).sum());
    }
  }

  /** A file that loaded: what it holds, and what in it is worth a second look. */
  public static ValidationReport passed(String file, Knowledge k, List<String> warnings) {
    return new ValidationReport(file, true, List.of(), Counts.of(k), warnings);
  }

  /** A file with {@code problems}, each as FILE:LINE:COL: message. */
  public static ValidationReport failed(String file, List<String> problems) {
    return new ValidationReport(file, false, problems, null, List.of());
  }

  /** One line a warning, for stderr: the file may be named by what a person typed. */
  public void warnings(PrintWriter err) {
    for (String w : warnings) {
      err.println(Text.safe(file) + ": warning: " + Text.safe(w));
    }
  }

  /** The one line of a valid file: what it holds. */
  public void summary(PrintWriter out) {
    out.printf(
        "%s: valid:"
            + " %d roles, %d glossary terms, %d red flags, %d interview questions, %d quiz"
            + " questions, %d signals%n",
        Text.safe(file),
        counts.roles(),
        counts.glossary(),
        counts.redFlags(),
        counts.questions(),
        counts.quiz(),
        counts.signals());
  }
}
