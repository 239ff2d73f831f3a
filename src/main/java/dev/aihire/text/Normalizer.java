package dev.aihire.text;

import java.text.Normalizer.Form;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Turns text into comparable tokens: Unicode NFKC, lower case, words split at punctuation, and a
 * light English stemmer so that "pipelines", "trained" and "modelling" meet "pipeline", "train" and
 * "model". The same function is applied to knowledge phrases and to needs, so the stems only have
 * to agree with each other, not be real words.
 *
 * <p>It also marks negation scope: words after "not", "no", "don't", "without", "rather than" … up
 * to the end of the clause are flagged, so "not looking for dashboards" counts against an analyst
 * rather than for one.
 *
 * <p>The word is found here; {@link Stemmer} stems it and {@link NegationScope} marks its scope.
 */
public final class Normalizer {
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

  /**
   * Normalised stems only, for knowledge phrases: the stems {@link #tokens} gives, found without
   * the tokens and the negation scope (a large file's first run stems millions of words).
   */
  public static List<String> stems(String phrase) {
    List<String> out = new ArrayList<>();
    scan(nfkc(phrase), null, out);
    return out;
  }

  /** Tokens with offsets into {@code text} and negation marks. */
  public static List<Token> tokens(String text) {
    // NFKC can change length (ligatures, full-width forms): offsets are into the NFKC form,
    // which is what is quoted back to the user.
    List<Token> out = new ArrayList<>();
    scan(nfkc(text), out, null);
    return out;
  }

  /**
   * Finds the words of {@code s}: as tokens with negation marks into {@code tokens}, or when that
   * is null as bare stems into {@code stems}.
   */
  private static void scan(String s, List<Token> tokens, List<String> stems) {
    int n = s.length();
    int i = 0;
    NegationScope scope = tokens == null ? null : new NegationScope();
    WordMemo memo = WordMemo.current();
    char[] word = new char[32];
    while (i < n) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        int start = i;
        int length = 0;
        while (i < n) {
          char d = s.charAt(i);
          if (length + 5 > word.length) {
            word = Arrays.copyOf(word, word.length * 2); // room for "sharp" too
          }
          if (Character.isLetterOrDigit(d)) {
            word[length++] = Character.toLowerCase(d);
            i++;
          } else if ((d == '\'' || d == '\u2019')
              && i + 1 < n
              && Character.isLetter(s.charAt(i + 1))
              && length > 0) {
            i++; // don't -> dont, team's -> teams
          } else if ((d == '+' || d == '#') && length == 1 && (word[0] == 'c' || word[0] == 'f')) {
            // c++, c#, f#
            for (char x : (d == '+' ? "pp" : "sharp").toCharArray()) {
              word[length++] = x;
            }
            i++;
            while (i < n && s.charAt(i) == '+') {
              i++;
            }
          } else {
            break;
          }
        }
        int known = memo.word(word, length, WordMemo.hash(word, length));
        if (tokens == null) {
          stems.add(memo.stemAt(known));
        } else {
          boolean negated = scope.negated(memo.wordAt(known), tokens);
          tokens.add(new Token(memo.stemAt(known), start, i, negated));
        }
      } else {
        if (scope != null) {
          scope.between(c);
        }
        i++;
      }
    }
  }

  /** Whether a stem opens a negative scope on its own or as a negated verb. */
  public static boolean isNegator(String stem) {
    return NegationScope.isNegator(stem);
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
