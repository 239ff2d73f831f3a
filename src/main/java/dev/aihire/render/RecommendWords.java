package dev.aihire.render;

import dev.aihire.engine.recommend.Recommendation;
import dev.aihire.engine.recommend.Recommendation.Evidence;
import dev.aihire.engine.recommend.Recommendation.NextStep;
import dev.aihire.engine.recommend.Recommendation.NotAHire;
import dev.aihire.engine.recommend.Recommendation.RoleMatch;
import dev.aihire.engine.recommend.Recommendation.RunnerUp;
import dev.aihire.engine.recommend.Recommendation.Source;
import dev.aihire.engine.recommend.Recommendation.TitleMismatch;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The sentences of a recommendation, shared by its text and its JSON so both say the same: why a
 * role, what would change the answer, the notes, the next commands.
 */
public final class RecommendWords {
  /** At most this many reasons per role: the rest repeat the story. */
  static final int MAX_WHY = 5;

  /** Profile words are told only when several agree: one word alone ("support") is filler. */
  static final int MIN_PROFILE_WORDS = 2;

  /** Semantic evidence is told when it added at least this many points. */
  static final double TOLD_SEMANTIC = 1.0;

  private RecommendWords() {}

  /**
   * The user's own words that drove a role, strongest first: each matched signal, then the
   * situation the need reads like, then the profile words gathered in one line.
   */
  public static List<String> why(RoleMatch m) {
    return why(m, Map.of());
  }

  /**
   * As {@link #why(RoleMatch)}, for answers of the guided interview too: {@code questions} gives
   * the text of each question by id.
   */
  public static List<String> why(RoleMatch m, Map<String, String> questions) {
    List<String> why = new ArrayList<>();
    for (Evidence e : m.evidence()) {
      if (e.kind() == Source.ANSWER && e.points() > 0 && why.size() < MAX_WHY) {
        why.add(
            "You answered \""
                + e.text()
                + "\" to \""
                + questions.getOrDefault(e.signal(), e.signal())
                + "\"");
      }
    }
    Set<String> quoted = new HashSet<>();
    for (Evidence e : m.evidence()) {
      if (e.kind() == Source.SIGNAL
          && e.points() > 0
          && why.size() < MAX_WHY
          && quoted.add(e.text().toLowerCase(Locale.ROOT))) {
        why.add(
            "\""
                + e.text()
                + "\" is a sign of "
                + m.name()
                + (e.signal().equalsIgnoreCase(e.text()) ? "" : " (" + e.signal() + ")"));
      }
    }
    for (Evidence e : m.evidence()) {
      if (e.kind() == Source.SEMANTIC && e.points() >= TOLD_SEMANTIC && why.size() < MAX_WHY) {
        why.add("reads like: \"" + e.text() + "\"");
      }
    }
    List<String> profileWords = new ArrayList<>();
    for (Evidence e : m.evidence()) {
      String key = e.text().toLowerCase(Locale.ROOT);
      if (e.kind() == Source.PROFILE
          && e.points() > 0
          && profileWords.size() < 4
          && !anyContains(quoted, key)
          && !profileWords.contains("\"" + e.text() + "\"")) {
        profileWords.add("\"" + e.text() + "\"");
      }
    }
    if (profileWords.size() >= MIN_PROFILE_WORDS && why.size() < MAX_WHY) {
      why.add(
          String.join(", ", profileWords)
              + " are part of what "
              + article(m.name())
              + " "
              + m.name()
              + " does");
    }
    return why;
  }

  static String article(String name) {
    return "AEIOU".indexOf(Character.toUpperCase(name.charAt(0))) >= 0 || name.startsWith("ML")
        ? "an"
        : "a";
  }

  /** What in the need would make the runner-up the answer. */
  public static String wouldChangeIf(RunnerUp r) {
    return r.basis() == RunnerUp.Basis.DIFFERENCE
        ? r.text()
        : "Hire " + r.name() + " instead if the need is really this: " + r.text();
  }

  /** The notes under an answer: a title over another role's work, two jobs in one need. */
  public static List<String> notes(Recommendation rec, List<String> mixedNames) {
    List<String> notes = new ArrayList<>();
    TitleMismatch t = rec.titleMismatch();
    if (t != null) {
      notes.add(
          "The text names "
              + t.titleName()
              + ", but its duties read more like "
              + t.dutiesName()
              + ": a title over another role's work is a classic posting smell."
              + " Check with: "
              + command(
                  new NextStep(NextStep.Action.COMPARE, List.of(t.titleRole(), t.dutiesRole()))));
    }
    if (mixedNames.size() >= 2) {
      notes.add(
          "This reads like two hires: "
              + String.join(", then ", mixedNames)
              + ". Hire them in that order, or one person only if the second job is small.");
    }
    return notes;
  }

  /** Why nothing fits, when the knowledge knows what the need is instead. */
  public static String notAHire(NotAHire n) {
    String what =
        switch (n.kind()) {
          case LEADERSHIP ->
              "This reads like a leadership hire ("
                  + n.name()
                  + "), not an individual AI or data role.";
          case VENDOR -> "This is usually bought rather than hired: " + n.name() + ".";
          default ->
              "This reads like "
                  + article(n.name())
                  + " "
                  + n.name()
                  + " role, not an AI or data hire.";
        };
    return what + " " + n.advice();
  }

  public static String command(NextStep s) {
    return switch (s.action()) {
      case COMPARE -> "aihire compare " + String.join(" ", s.roles());
      case ROLES -> "aihire roles " + s.roles().get(0);
    };
  }

  public static List<String> commands(List<NextStep> steps) {
    List<String> commands = new ArrayList<>(steps.size());
    for (NextStep s : steps) {
      commands.add(command(s));
    }
    return List.copyOf(commands);
  }

  private static boolean anyContains(Set<String> texts, String part) {
    for (String t : texts) {
      if (t.contains(part)) {
        return true;
      }
    }
    return false;
  }
}
