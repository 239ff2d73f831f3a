package dev.aihire.text;

import java.util.List;
import java.util.Set;

/**
 * The negation scope of one text, word by word: words after "not", "no", "don't", "without",
 * "rather than" … up to the end of the clause are negated, so "not looking for dashboards" counts
 * against an analyst rather than for one. A clause ends at a full stop and its kin, at a contrast
 * word, at a comma followed by a word that starts a new clause, or after {@code MAX_SCOPE} words.
 */
final class NegationScope {
  /** Words that always open a negative scope ("no dashboards", "without training"). */
  private static final Set<String> NEGATORS =
      Set.of(
          "not",
          "no",
          "never",
          "without",
          "nor",
          "neither",
          "none",
          "avoid",
          "instead",
          "excluding",
          "except",
          "nothing");

  /**
   * Negated verbs. They open a scope when someone says what they don't want ("we don't need
   * research") but not when they describe a thing ("models that don't fall apart"): after a
   * relative pronoun they are description. Inability ("can't tell why") is never refusal.
   */
  private static final Set<String> NEGATED_VERBS =
      Set.of("dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "werent", "wont", "shouldnt");

  private static final Set<String> RELATIVES =
      Set.of("that", "which", "who", "whose", "where", "it", "they", "thing", "things");

  /** After a comma, these words start a new clause and so end a negative scope. */
  private static final Set<String> CLAUSE_STARTERS =
      Set.of(
          "we",
          "i",
          "you",
          "they",
          "our",
          "it",
          "its",
          "but",
          "just",
          "only",
          "so",
          "yet",
          "however",
          "what",
          "need",
          "want",
          "looking",
          "rather",
          "instead",
          "someone",
          "somebody",
          "the",
          "this",
          "that",
          "then");

  /** Contrast words end the negative scope where they stand. */
  private static final Set<String> CONTRAST =
      Set.of("but", "however", "though", "although", "yet", "whereas");

  private static final int MAX_SCOPE = 8;

  /**
   * After "don't"/"doesn't", these verbs describe a symptom ("numbers don't match", "jobs don't
   * run"), not something the writer refuses.
   */
  private static final Set<String> SYMPTOM_VERBS =
      Set.of(
          "match",
          "agree",
          "add",
          "work",
          "line",
          "scale",
          "load",
          "show",
          "fit",
          "reconcile",
          "tie",
          "sync",
          "talk",
          "fall",
          "break",
          "crash",
          "update",
          "refresh",
          "run",
          "finish",
          "stay",
          "hold",
          "last",
          "survive",
          "stop");

  /** Words still negated in the open scope; 0: none open. */
  private int left;

  /** A comma was seen: the next word may start a new clause. */
  private boolean afterComma;

  /** The scope was opened by a negated verb: the next word may show it is a symptom. */
  private boolean afterNegatedVerb;

  /** Whether a stem opens a negative scope on its own or as a negated verb. */
  static boolean isNegator(String stem) {
    return NEGATORS.contains(stem) || NEGATED_VERBS.contains(stem);
  }

  /**
   * Whether the word {@code raw} (lower case, as typed), which comes after the tokens {@code
   * before}, is negated; it then opens a scope for the words after it when it negates them.
   */
  boolean negated(String raw, List<Token> before) {
    if (afterComma && CLAUSE_STARTERS.contains(raw)) {
      left = 0;
    }
    afterComma = false;
    if (CONTRAST.contains(raw)) {
      left = 0;
    }
    if (afterNegatedVerb && SYMPTOM_VERBS.contains(raw)) {
      left = 0;
    }
    afterNegatedVerb = false;
    boolean negated = left > 0;
    if (negated) {
      left--;
    }
    open(raw, before);
    return negated;
  }

  private void open(String raw, List<Token> before) {
    String previous = before.isEmpty() ? "" : before.get(before.size() - 1).stem();
    boolean auxiliary =
        raw.equals("not")
            && (previous.equals("do")
                || previous.equals("doe")
                || previous.equals("did")
                || previous.equals("is")
                || previous.equals("are")
                || previous.equals("will"));
    if ((NEGATORS.contains(raw) && !auxiliary) || NEGATED_VERBS.contains(raw) || auxiliary) {
      boolean descriptive =
          (NEGATED_VERBS.contains(raw) || auxiliary)
              && (RELATIVES.contains(previous)
                  || (auxiliary
                      && before.size() >= 2
                      && RELATIVES.contains(before.get(before.size() - 2).stem())));
      left = descriptive ? 0 : MAX_SCOPE;
      afterNegatedVerb = !descriptive && (NEGATED_VERBS.contains(raw) || auxiliary);
    } else if (raw.equals("than") && previous.equals("rather")) {
      left = MAX_SCOPE;
    }
  }

  /** A character between words: the end of a clause closes the scope, a comma may. */
  void between(char c) {
    if (c == '.'
        || c == ';'
        || c == ':'
        || c == '!'
        || c == '?'
        || c == '\n'
        || c == '('
        || c == ')'
        || c == '\u2014'
        || c == '\u2013'
        || c == '|') {
      // A dot inside a word-ish thing ("2 a.m.", "node.js") still ends scope; harmless.
      left = 0;
    } else if (c == ',') {
      afterComma = true;
    }
  }
}
