package dev.aihire.engine.glossary;

import dev.aihire.model.Knowledge;
import dev.aihire.model.Role;
import dev.aihire.model.Term;
import dev.aihire.text.Fuzzy;
import dev.aihire.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds glossary terms by what people type: the term, an alias or the id, ignoring case and
 * punctuation; typos within a few letters; a fragment of a longer name. Pure: no I/O.
 *
 * <p>Names are compared as look-up keys ({@link Normalizer#key}) and again with the spaces taken
 * out, because people split and join words freely: "fine tunning" is one typo away from
 * "finetuning", and "vectordb" is "vector DB".
 */
public final class Glossary {
  private final Knowledge knowledge;
  private final List<Name> names = new ArrayList<>();
  private final Map<String, Term> exact = new HashMap<>();

  /** One name of a term, as a look-up key and without spaces. */
  private record Name(String key, String compact, String text, Term term) {}

  /** A term and how far the closest of its names is from what was typed. */
  private record Scored(Term term, Name name, int distance) {}

  public Glossary(Knowledge knowledge) {
    this.knowledge = knowledge;
    for (Term t : knowledge.glossary()) {
      add(t.term(), t);
      add(t.id(), t);
      t.aliases().forEach(a -> add(a, t));
    }
  }

  private void add(String text, Term t) {
    String key = Normalizer.key(text);
    if (key.isEmpty()) {
      return;
    }
    Name n = new Name(key, compact(key), text, t);
    names.add(n);
    // The first term to claim a name keeps it: earlier entries are the more central ones.
    exact.putIfAbsent(n.key(), t);
    exact.putIfAbsent(n.compact(), t);
  }

  /** Every term, in the knowledge's order. */
  /**
   * Every term, A to Z as a reader scans for a word (the knowledge keeps related terms together,
   * which suits no reader); text and JSON list them in this one order.
   */
  public List<TermEntry> all() {
    return knowledge.glossary().stream()
        .map(this::entry)
        .sorted(
            Comparator.comparing(TermEntry::term, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(TermEntry::id))
        .toList();
  }

  public TermMatch lookup(String typed) {
    String key = Normalizer.key(typed);
    String compact = compact(key);
    Term hit = exact.get(key);
    if (hit == null) {
      hit = exact.get(compact);
    }
    if (hit != null) {
      return new TermMatch(typed, TermMatch.Match.EXACT, entry(hit), List.of());
    }
    if (compact.isEmpty()) {
      return new TermMatch(typed, TermMatch.Match.NONE, null, List.of());
    }
    // A name that holds the typed words is literal evidence; a typo match is a guess; a name
    // that merely starts with the letters is the last resort.
    List<Scored> close = fragments(key, compact, false);
    if (close.isEmpty()) {
      close = closest(key, compact, allowedTypos(compact.length()));
    }
    if (close.isEmpty()) {
      close = fragments(key, compact, true);
    }
    if (close.size() == 1) {
      return new TermMatch(typed, TermMatch.Match.CLOSE, entry(close.get(0).term()), List.of());
    }
    if (!close.isEmpty()) {
      return new TermMatch(typed, TermMatch.Match.AMBIGUOUS, null, candidates(close));
    }
    // Nothing close enough to show: offer what is a little further away, if anything is.
    int loose = allowedTypos(compact.length()) + 2;
    return new TermMatch(
        typed,
        TermMatch.Match.NONE,
        null,
        candidates(
            scored(key, compact).stream().filter(s -> s.distance() <= loose).limit(3).toList()));
  }

  /**
   * How many typos a name of this length may hold and still be meant: one in four letters. Short
   * words get none, because one letter turns them into other words ("gpu", "kpi", "api"), and seven
   * letters only one, or "chatbot" would be read as "ChatGPT".
   */
  static int allowedTypos(int length) {
    return length / 4;
  }

  /** The terms at the smallest distance within {@code max}: one is an answer, more a choice. */
  private List<Scored> closest(String key, String compact, int max) {
    List<Scored> scored = scored(key, compact).stream().filter(s -> s.distance() <= max).toList();
    if (scored.isEmpty()) {
      return scored;
    }
    int best = scored.get(0).distance();
    return scored.stream().filter(s -> s.distance() == best).toList();
  }

  /** Each term once, at the distance of its closest name; closest first, then knowledge order. */
  private List<Scored> scored(String key, String compact) {
    Map<String, Scored> best = new LinkedHashMap<>();
    for (Name n : names) {
      int d = Math.min(Fuzzy.distance(key, n.key()), Fuzzy.distance(compact, n.compact()));
      Scored s = best.get(n.term().id());
      if (s == null || d < s.distance()) {
        best.put(n.term().id(), new Scored(n.term(), n, d));
      }
    }
    return best.values().stream().sorted(Comparator.comparingInt(Scored::distance)).toList();
  }

  /**
   * Terms with a name that contains the typed words ("vector" in "vector DB"), or with {@code
   * prefix}, one that starts with the typed letters ("quant" for "quantization").
   */
  private List<Scored> fragments(String key, String compact, boolean prefix) {
    if (compact.length() < (prefix ? 4 : 3)) {
      return List.of();
    }
    Map<String, Scored> found = new LinkedHashMap<>();
    for (Name n : names) {
      if (prefix
          ? n.compact().startsWith(compact)
          : (" " + n.key() + " ").contains(" " + key + " ")) {
        found.putIfAbsent(n.term().id(), new Scored(n.term(), n, 0));
      }
    }
    return List.copyOf(found.values());
  }

  private static List<TermMatch.Candidate> candidates(List<Scored> scored) {
    return scored.stream()
        .map(s -> new TermMatch.Candidate(s.term().id(), s.term().term(), s.name().text()))
        .toList();
  }

  /** Terms whose name, definition or example contain the words (as stems, in order). */
  public SearchResult search(String words) {
    List<String> query = Normalizer.stems(words);
    List<SearchResult.Hit> inName = new ArrayList<>();
    List<SearchResult.Hit> elsewhere = new ArrayList<>();
    if (!query.isEmpty()) {
      for (Term t : knowledge.glossary()) {
        List<String> where = new ArrayList<>();
        List<String> termNames = new ArrayList<>(t.aliases());
        termNames.add(t.term());
        if (termNames.stream().anyMatch(n -> contains(Normalizer.stems(n), query))) {
          where.add("term");
        }
        if (contains(Normalizer.stems(t.definition()), query)) {
          where.add("definition");
        }
        if (contains(Normalizer.stems(t.example()), query)) {
          where.add("example");
        }
        if (!where.isEmpty()) {
          SearchResult.Hit h = new SearchResult.Hit(t.id(), t.term(), t.definition(), where);
          (where.get(0).equals("term") ? inName : elsewhere).add(h);
        }
      }
    }
    inName.addAll(elsewhere); // a term named by the words is the best hit
    return new SearchResult(words, inName);
  }

  private static boolean contains(List<String> text, List<String> words) {
    for (int i = 0; i + words.size() <= text.size(); i++) {
      if (text.subList(i, i + words.size()).equals(words)) {
        return true;
      }
    }
    return false;
  }

  public TermEntry entry(Term t) {
    List<TermEntry.Ref> related =
        t.related().stream()
            .map(id -> new TermEntry.Ref(id, knowledge.term(id).map(Term::term).orElse(id)))
            .toList();
    List<TermEntry.Ref> roles =
        t.roles().stream()
            .map(id -> new TermEntry.Ref(id, knowledge.role(id).map(Role::name).orElse(id)))
            .toList();
    return new TermEntry(
        t.id(), t.term(), t.aliases(), t.definition(), t.example(), related, roles);
  }

  private static String compact(String key) {
    return key.replace(" ", "");
  }
}
