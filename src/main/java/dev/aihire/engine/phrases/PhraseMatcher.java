package dev.aihire.engine.phrases;

import dev.aihire.text.Normalizer;
import dev.aihire.text.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds knowledge phrases in a user's text with the project's normalisation (stems, so "pipelines
 * broke" meets "pipeline break") and negation scopes (so "no models in production" does not count
 * as models in production). A phrase's words must come in order; up to {@code gap} other words may
 * stand between two of them ("accuracy has degraded" meets "accuracy degraded").
 */
public final class PhraseMatcher {
  /** The gap for symptoms and conditions: a few words of the writer's own in between. */
  public static final int LOOSE = 2;

  private final String text;
  private final List<Token> tokens;
  private final int gap;

  public PhraseMatcher(String text, int gap) {
    this.text = Normalizer.nfkc(text);
    this.tokens = Normalizer.tokens(text);
    this.gap = gap;
  }

  public PhraseMatcher(String text) {
    this(text, LOOSE);
  }

  public List<Token> tokens() {
    return tokens;
  }

  /** The user's own words from token {@code from} to token {@code to}, inclusive. */
  public String quote(int from, int to) {
    return text.substring(tokens.get(from).start(), tokens.get(to).end());
  }

  /**
   * One place a phrase was found: its knowledge wording, the user's words, token indexes (first and
   * last, inclusive) and the indexes of the tokens that matched the phrase's words.
   */
  public record Match(String phrase, String quoted, int first, int last, List<Integer> words) {
    public Match {
      words = List.copyOf(words);
    }
  }

  /** Every place the phrase stands in the text, said positively (not under a negation). */
  public List<Match> findAll(String phrase) {
    List<String> stems = Normalizer.stems(phrase);
    List<Match> out = new ArrayList<>();
    if (stems.isEmpty()) {
      return out;
    }
    for (int i = 0; i < tokens.size(); i++) {
      List<Integer> at = matchAt(stems, i);
      if (at != null) {
        int last = at.get(at.size() - 1);
        out.add(new Match(phrase, quote(i, last), i, last, at));
      }
    }
    return out;
  }

  /** The first positive match of the phrase, or null. */
  public Match find(String phrase) {
    List<Match> all = findAll(phrase);
    return all.isEmpty() ? null : all.get(0);
  }

  /** The first positive match of each phrase that is found, in the phrases' order. */
  public List<Match> findAny(List<String> phrases) {
    List<Match> out = new ArrayList<>();
    for (String p : phrases) {
      Match m = find(p);
      if (m != null) {
        out.add(m);
      }
    }
    return out;
  }

  /** Whether the stem at token {@code i} is said under a negation. */
  public boolean negated(int i) {
    return tokens.get(i).negated();
  }

  private List<Integer> matchAt(List<String> stems, int start) {
    // A phrase that says the negative itself ("no warehouse") matches inside its own scope.
    boolean saysNo = stems.stream().anyMatch(Normalizer::isNegator);
    if (!tokens.get(start).stem().equals(stems.get(0))
        || (tokens.get(start).negated() && !saysNo)) {
      return null;
    }
    List<Integer> at = new ArrayList<>(stems.size());
    at.add(start);
    int pos = start;
    for (int k = 1; k < stems.size(); k++) {
      int found = -1;
      for (int j = pos + 1; j <= pos + 1 + gap && j < tokens.size(); j++) {
        if (tokens.get(j).stem().equals(stems.get(k))) {
          found = j;
          break;
        }
      }
      if (found < 0 || (tokens.get(found).negated() && !saysNo) || clauseBreak(pos, found)) {
        return null;
      }
      at.add(found);
      pos = found;
    }
    return at;
  }

  /** A phrase never spans a sentence or clause end ("…latency. Accuracy …"). */
  private boolean clauseBreak(int from, int to) {
    String between = text.substring(tokens.get(from).end(), tokens.get(to).start());
    for (int i = 0; i < between.length(); i++) {
      if (".;:!?,\n()".indexOf(between.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }
}
