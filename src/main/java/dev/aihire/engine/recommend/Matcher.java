package dev.aihire.engine.recommend;

import dev.aihire.text.Normalizer;
import dev.aihire.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds the knowledge's signal phrases in a need: each phrase once with how often it was said, the
 * longest phrase where phrases overlap, negation from the words before it, and one-letter typos
 * forgiven in short needs. Pure: the same text always gives the same reading.
 */
final class Matcher {
  /**
   * Typos are forgiven in short needs only: a manager's one-line need may hinge on one misspelt
   * word, while a long posting is proof-read and full of real words (names, places) that are one
   * letter away from a knowledge word.
   */
  static final int SPELL_CHECK_UP_TO = 60;

  private final SignalIndex index;

  Matcher(SignalIndex index) {
    this.index = index;
  }

  /** One phrase found: where it was first said, how often, and whether in the negative. */
  record Hit(SignalIndex.Pattern pattern, int from, int to, boolean negated, int count) {}

  /** A need as the matcher read it: its tokens (spelling fixed), its NFKC text, the hits. */
  record Reading(List<Token> tokens, String nfkc, List<Hit> hits) {
    /** The user's own words of a hit, as they wrote them. */
    String quote(Hit h) {
      return nfkc.substring(tokens.get(h.from()).start(), tokens.get(h.to() - 1).end());
    }

    String quote(Token t) {
      return nfkc.substring(t.start(), t.end());
    }
  }

  Reading read(String text) {
    List<Token> tokens = spellChecked(Normalizer.tokens(text));
    String nfkc = Normalizer.nfkc(text);
    // Per owner, per signal: the first plain mention (one plain mention outweighs a negated
    // one) and the count. Owners in ascending order, so the answer never depends on hashing.
    Map<Integer, Map<String, Hit>> byOwner = new TreeMap<>();
    for (Match m : longestMatches(tokens, nfkc)) {
      Map<String, Hit> hits = byOwner.get(m.pattern.role());
      if (hits == null) {
        hits = new LinkedHashMap<>();
        byOwner.put(m.pattern.role(), hits);
      }
      Hit h = hits.get(m.pattern.signal());
      if (h == null) {
        hits.put(m.pattern.signal(), new Hit(m.pattern, m.from, m.to, m.negated, 1));
      } else if (h.negated() && !m.negated) {
        hits.put(m.pattern.signal(), new Hit(m.pattern, m.from, m.to, false, h.count() + 1));
      } else {
        hits.put(
            m.pattern.signal(), new Hit(h.pattern(), h.from(), h.to(), h.negated(), h.count() + 1));
      }
    }
    List<Hit> all = new ArrayList<>();
    for (Map<String, Hit> hits : byOwner.values()) {
      all.addAll(hits.values());
    }
    return new Reading(tokens, nfkc, all);
  }

  private record Match(SignalIndex.Pattern pattern, int from, int to, boolean negated) {}

  // Comparators as classes, not lambdas: this is the one-line answer's path, where linking a
  // lambda costs start-up time (docs/performance.md).
  private static final Comparator<Match> BY_START_THEN_OWNER =
      new Comparator<>() {
        @Override
        public int compare(Match a, Match b) {
          return a.from != b.from
              ? Integer.compare(a.from, b.from)
              : Integer.compare(a.pattern.role(), b.pattern.role());
        }
      };

  private static final Comparator<Match> BY_START_LONGEST_FIRST =
      new Comparator<>() {
        @Override
        public int compare(Match a, Match b) {
          return a.from != b.from ? Integer.compare(a.from, b.from) : Integer.compare(-a.to, -b.to);
        }
      };

  /** All pattern matches, less those lying strictly inside a longer match of the same owner. */
  private List<Match> longestMatches(List<Token> tokens, String nfkc) {
    List<Match> all = new ArrayList<>();
    int n = tokens.size();
    for (int i = 0; i < n; i++) {
      for (SignalIndex.Pattern p : index.startingWith(tokens.get(i).stem())) {
        String[] s = p.stems();
        if (i + s.length > n) {
          continue;
        }
        boolean ok = true;
        boolean negated = tokens.get(i).negated();
        for (int j = 1; j < s.length && ok; j++) {
          Token t = tokens.get(i + j);
          ok = t.stem().equals(s[j]);
          // A phrase that itself says "no"/"don't" ("no model yet") carries its own negation:
          // only a negation from before the phrase counts.
          negated |= t.negated() && !p.selfNegating();
        }
        if (ok && p.title() && plural(tokens.get(i + s.length - 1), nfkc)) {
          // "our data scientists", "work with ML engineers": colleagues, not the hire.
          ok = false;
        }
        if (ok) {
          all.add(new Match(p, i, i + s.length, negated));
        }
      }
    }
    // Containment is judged within one owner: another role's phrase (even a negative one,
    // like "existing LLM API" against ML engineers) must not hide this role's evidence.
    Map<Integer, List<Match>> byOwner = new TreeMap<>();
    for (Match m : all) {
      List<Match> ownerMatches = byOwner.get(m.pattern.role());
      if (ownerMatches == null) {
        ownerMatches = new ArrayList<>();
        byOwner.put(m.pattern.role(), ownerMatches);
      }
      ownerMatches.add(m);
    }
    List<Match> kept = new ArrayList<>(all.size());
    for (List<Match> ownerMatches : byOwner.values()) {
      kept.addAll(outermost(ownerMatches));
    }
    kept.sort(BY_START_THEN_OWNER);
    return kept;
  }

  /** The matches not lying strictly inside another one ("pipeline" inside "ML pipeline"). */
  private static List<Match> outermost(List<Match> all) {
    if (all.size() < 2) {
      return all;
    }
    List<Match> sorted = new ArrayList<>(all);
    // By start, longest first: a match is inside another iff an earlier one in this order
    // reaches at least as far (equal spans are the same words: both kept).
    sorted.sort(BY_START_LONGEST_FIRST);
    List<Match> kept = new ArrayList<>(all.size());
    int reach = -1;
    int reachFrom = -1;
    for (Match m : sorted) {
      boolean inside = reach >= m.to && (reachFrom < m.from || reach > m.to);
      if (!inside) {
        kept.add(m);
      }
      if (m.to > reach) {
        reach = m.to;
        reachFrom = m.from;
      }
    }
    return kept;
  }

  private List<Token> spellChecked(List<Token> tokens) {
    if (tokens.size() > SPELL_CHECK_UP_TO) {
      return tokens;
    }
    List<Token> out = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      String fixed = index.spelled(t.stem());
      out.add(fixed.equals(t.stem()) ? t : new Token(fixed, t.start(), t.end(), t.negated()));
    }
    return out;
  }

  private static boolean plural(Token t, String nfkc) {
    char last = nfkc.charAt(t.end() - 1);
    return (last == 's' || last == 'S')
        && t.end() - t.start() > t.stem().length()
        && !nfkc.substring(t.start(), t.end()).toLowerCase(Locale.ROOT).endsWith("ss");
  }
}
