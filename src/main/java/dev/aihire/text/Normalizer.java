package dev.aihire.text;

import java.text.Normalizer.Form;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns text into comparable tokens: Unicode NFKC, lower case, words split at punctuation, and a
 * light English stemmer so that "pipelines", "trained" and "modelling" meet "pipeline", "train" and
 * "model". The same function is applied to knowledge phrases and to needs, so the stems only have
 * to agree with each other, not be real words.
 *
 * <p>It also marks negation scope: words after "not", "no", "don't", "without", "rather than" … up
 * to the end of the clause are flagged, so "not looking for dashboards" counts against an analyst
 * rather than for one.
 */
public final class Normalizer {
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

  /** Stems that would lose meaning to the -ing rule ("engineering" is not "engineer"). */
  private static final Set<String> KEEP_ING =
      Set.of(
          "engineering",
          "embedding",
          "wording",
          "phrasing",
          "meaning",
          "marketing",
          "morning",
          "evening",
          "ceiling");

  private Normalizer() {}

  /**
   * Unicode NFKC. Text below U+00A0 (ASCII and C1 controls) is already NFKC, and most needs and
   * knowledge phrases are such text: answering it without java.text.Normalizer spares every run
   * loading the ICU normalisation data (tens of milliseconds at start-up). Same result either way.
   */
  public static String nfkc(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      if (text.charAt(i) >= '\u00A0') {
        return java.text.Normalizer.isNormalized(text, Form.NFKC)
            ? text
            : java.text.Normalizer.normalize(text, Form.NFKC);
      }
    }
    return text;
  }

  /** Normalised stems only, for knowledge phrases. */
  public static List<String> stems(String phrase) {
    List<Token> tokens = tokens(phrase);
    List<String> out = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      out.add(t.stem());
    }
    return out;
  }

  /** Tokens with offsets into {@code text} and negation marks. */
  public static List<Token> tokens(String text) {
    String s = nfkc(text);
    // NFKC can change length (ligatures, full-width forms): offsets are into the NFKC form,
    // which is what is quoted back to the user.
    List<Token> out = new ArrayList<>();
    int n = s.length();
    int i = 0;
    int scopeLeft = 0;
    boolean pendingComma = false;
    boolean pendingVerbScope = false;
    StringBuilder word = new StringBuilder();
    while (i < n) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        int start = i;
        word.setLength(0);
        while (i < n) {
          char d = s.charAt(i);
          if (Character.isLetterOrDigit(d)) {
            word.append(Character.toLowerCase(d));
            i++;
          } else if ((d == '\'' || d == '\u2019')
              && i + 1 < n
              && Character.isLetter(s.charAt(i + 1))
              && word.length() > 0) {
            i++; // don't -> dont, team's -> teams
          } else if ((d == '+' || d == '#')
              && word.length() == 1
              && "cf".indexOf(word.charAt(0)) >= 0) {
            word.append(d == '+' ? "pp" : "sharp"); // c++, c#, f#
            i++;
            while (i < n && s.charAt(i) == '+') {
              i++;
            }
          } else {
            break;
          }
        }
        String raw = word.toString();
        if (pendingComma && CLAUSE_STARTERS.contains(raw)) {
          scopeLeft = 0;
        }
        pendingComma = false;
        if (CONTRAST.contains(raw)) {
          scopeLeft = 0;
        }
        if (pendingVerbScope && SYMPTOM_VERBS.contains(raw)) {
          scopeLeft = 0;
        }
        pendingVerbScope = false;
        String stem = stem(raw);
        boolean negated = scopeLeft > 0;
        if (negated) {
          scopeLeft--;
        }
        out.add(new Token(stem, start, i, negated));
        String previous = out.size() >= 2 ? out.get(out.size() - 2).stem() : "";
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
                          && out.size() >= 3
                          && RELATIVES.contains(out.get(out.size() - 3).stem())));
          scopeLeft = descriptive ? 0 : MAX_SCOPE;
          pendingVerbScope = !descriptive && (NEGATED_VERBS.contains(raw) || auxiliary);
        } else if (raw.equals("than")
            && out.size() >= 2
            && out.get(out.size() - 2).stem().equals("rather")) {
          scopeLeft = MAX_SCOPE;
        }
      } else {
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
          scopeLeft = 0;
        } else if (c == ',') {
          pendingComma = true;
        }
        i++;
      }
    }
    return out;
  }

  /** A light suffix-stripping stemmer for English (plurals, -ing, -ed, final -e). */
  static String stem(String w) {
    int len = w.length();
    if (len <= 3 || !isAlpha(w)) {
      return w;
    }
    if (len >= 5 && w.endsWith("ies")) {
      w = w.substring(0, len - 3) + "y";
    } else if (w.endsWith("sses")) {
      w = w.substring(0, len - 2);
    } else if (w.endsWith("s")
        && !w.endsWith("ss")
        && !w.endsWith("us")
        && !(w.endsWith("is") && len > 4)) { // analysis, basis stay; apis, kpis lose the s
      w = w.substring(0, len - 1);
    }
    if (KEEP_ING.contains(w)) {
      return w;
    }
    if (w.endsWith("ing") && w.length() - 3 >= 3 && hasVowel(w, w.length() - 3)) {
      w = undouble(w.substring(0, w.length() - 3));
    } else if (w.endsWith("ed") && w.length() - 2 >= 4 && !w.endsWith("eed")) {
      w = undouble(w.substring(0, w.length() - 2));
    }
    if (w.length() >= 4 && w.endsWith("e") && !w.endsWith("ee")) {
      w = w.substring(0, w.length() - 1);
    }
    return w;
  }

  private static String undouble(String w) {
    int n = w.length();
    if (n >= 3 && w.charAt(n - 1) == w.charAt(n - 2)) {
      char c = w.charAt(n - 1);
      if ("bdfgmnprt".indexOf(c) >= 0 || (c == 'l' && w.charAt(n - 3) == 'e')) {
        return w.substring(0, n - 1);
      }
    }
    return w;
  }

  private static boolean hasVowel(String w, int end) {
    for (int i = 0; i < end; i++) {
      if ("aeiouy".indexOf(w.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAlpha(String w) {
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return true;
  }

  /** Whether a stem opens a negative scope on its own or as a negated verb. */
  public static boolean isNegator(String stem) {
    return NEGATORS.contains(stem) || NEGATED_VERBS.contains(stem);
  }

  /** Lower-cased, NFKC, whitespace-collapsed form for look-ups of names and terms. */
  public static String key(String s) {
    return String.join(" ", stemsRaw(s));
  }

  private static List<String> stemsRaw(String s) {
    List<Token> tokens = tokens(s);
    List<String> out = new ArrayList<>(tokens.size());
    String nfkc = nfkc(s);
    for (Token t : tokens) {
      out.add(
          nfkc.substring(t.start(), t.end())
              .toLowerCase(Locale.ROOT)
              .replace("'", "")
              .replace("\u2019", ""));
    }
    return out;
  }
}
