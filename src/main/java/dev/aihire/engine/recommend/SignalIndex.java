package dev.aihire.engine.recommend;

import dev.aihire.model.Knowledge;
import dev.aihire.model.NotAHire;
import dev.aihire.model.Role;
import dev.aihire.model.Term;
import dev.aihire.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Every signal phrase of every role, normalised and indexed by its first word, so that matching a
 * need costs one hash look-up per word of the need, whatever the number of roles.
 *
 * <p>Three sources feed it: the roles' own signals; each signal again in every spelling the
 * glossary knows for a term inside it ("rag" also as "retrieval augmented generation"); and the
 * role's own names and aliases ("a data engineer"), which are strong evidence when a need names the
 * job.
 */
public final class SignalIndex {
  /**
   * Weight of a role's own name or alias said (in the singular) in a need: a posting that says "as
   * a Data Analyst you will…" names its job more directly than any duty, so a title counts as two
   * decisive signals. When the duties say otherwise, the answer says so (titleMismatch).
   */
  static final int NAME_WEIGHT = 10;

  /**
   * One phrase to look for. {@code signal} is the knowledge phrase it stands for; {@code title}
   * marks a role's own name or alias.
   */
  public record Pattern(String[] stems, int role, int weight, String signal, boolean title) {
    boolean selfNegating() {
      for (String s : stems) {
        if (Normalizer.isNegator(s)) {
          return true;
        }
      }
      return false;
    }
  }

  private final Map<String, List<Pattern>> byFirst;
  private final SpellFix spelling;
  private final List<Role> roles;
  private int size;

  SignalIndex(Knowledge knowledge) {
    this(knowledge, new StemMemo());
  }

  /** The index of this knowledge, its texts stemmed through {@code memo}. */
  SignalIndex(Knowledge knowledge, StemMemo memo) {
    this.roles = knowledge.roles();
    this.byFirst = new HashMap<>();
    this.spelling = new SpellFix();
    List<List<Spelling>> synonymSets = synonymSets(knowledge.glossary());
    Map<String, List<Integer>> setsByWord = setsByWord(synonymSets);
    for (Term t : knowledge.glossary()) {
      for (String text : List.of(t.definition(), t.example())) {
        for (String stem : memo.of(text)) {
          spelling.addVocabulary(stem);
        }
      }
    }
    for (int r = 0; r < roles.size(); r++) {
      Role role = roles.get(r);
      Set<String> own = new HashSet<>();
      for (Role.Signal s : role.signals()) {
        own.add(String.join(" ", memo.of(s.phrase())));
      }
      Set<String> added = new HashSet<>();
      for (Role.Signal s : role.signals()) {
        List<String> stems = memo.of(s.phrase());
        add(stems, r, s.weight(), s.phrase(), added, false);
        for (List<String> variant : variants(stems, synonymSets, setsByWord)) {
          // A role's explicit signal for a spelling wins over a derived one.
          if (!own.contains(String.join(" ", variant))) {
            add(variant, r, s.weight(), s.phrase(), added, false);
          }
        }
      }
      for (String text : profileTexts(role)) {
        for (String stem : memo.of(text)) {
          spelling.addVocabulary(stem);
        }
      }
      List<String> names = new ArrayList<>(role.aliases());
      names.add(role.name());
      for (String name : names) {
        List<String> stems = memo.of(name);
        if (!own.contains(String.join(" ", stems))) {
          add(stems, r, NAME_WEIGHT, name, added, true);
        }
      }
    }
    // Phrases of jobs that are not AI or data hires, owned after the roles: found like signals,
    // so "iOS developer" or "sales pipeline" is evidence that the need is another kind of job.
    List<NotAHire> others = knowledge.notAHire();
    for (int k = 0; k < others.size(); k++) {
      Set<String> added = new HashSet<>();
      for (String phrase : others.get(k).signals()) {
        // Marked as titles: "our lawyers", "the sales reps" are colleagues, not the hire.
        add(memo.of(phrase), roles.size() + k, 1, phrase, added, true);
      }
    }
  }

  private static List<String> profileTexts(Role r) {
    // Everything the knowledge says of the role: its profile and the rest of its prose.
    List<String> texts = ProfileIndex.describing(r);
    texts.addAll(r.redFlags());
    for (Role.WrongHire w : r.wrongHireWhen()) {
      texts.add(w.situation());
    }
    for (Role.InterviewQuestion q : r.interviewQuestions()) {
      texts.add(q.question());
      texts.add(q.strongAnswer());
    }
    return texts;
  }

  private void add(
      List<String> stems, int role, int weight, String signal, Set<String> added, boolean title) {
    if (stems.isEmpty() || !added.add(String.join(" ", stems))) {
      return;
    }
    for (String stem : stems) {
      spelling.add(stem);
    }
    byFirst
        .computeIfAbsent(stems.get(0), k -> new ArrayList<>())
        .add(new Pattern(stems.toArray(String[]::new), role, weight, signal, title));
    size++;
  }

  /**
   * An index read back from storage: the patterns under their first words, and spellings. The map
   * is kept as it is (it may decode an entry on its first look-up).
   */
  SignalIndex(List<Role> roles, Map<String, List<Pattern>> byFirst, int size, SpellFix spelling) {
    this.roles = roles;
    this.byFirst = byFirst;
    this.size = size;
    this.spelling = spelling;
  }

  /** The patterns by first word, in word order: what storage keeps of this index. */
  public SortedMap<String, List<Pattern>> patternsByFirstWord() {
    return new TreeMap<>(byFirst);
  }

  SpellFix spelling() {
    return spelling;
  }

  /** The word as the knowledge spells it, when the need has a one-letter typo in it. */
  String spelled(String stem) {
    String fixed = spelling.correct(stem);
    return fixed == null ? stem : fixed;
  }

  List<Pattern> startingWith(String stem) {
    return byFirst.getOrDefault(stem, List.of());
  }

  List<Role> roles() {
    return roles;
  }

  int size() {
    return size;
  }

  /** One way of saying a term: its stems joined by spaces, and the stems. */
  private record Spelling(String key, String[] words) {}

  /** Each glossary term's spellings (term and aliases), normalised. */
  private static List<List<Spelling>> synonymSets(List<Term> glossary) {
    List<List<Spelling>> sets = new ArrayList<>();
    for (Term t : glossary) {
      Set<String> seen = new HashSet<>();
      List<Spelling> set = new ArrayList<>();
      List<String> spellings = new ArrayList<>(t.aliases());
      spellings.add(0, t.term());
      for (String s : spellings) {
        List<String> words = Normalizer.stems(s);
        String key = String.join(" ", words);
        if (!key.isEmpty() && seen.add(key)) {
          set.add(new Spelling(key, words.toArray(String[]::new)));
        }
      }
      if (set.size() > 1) {
        sets.add(set);
      }
    }
    return sets;
  }

  /**
   * For each word, the synonym sets (by position) with a spelling that starts with it: a spelling
   * can only lie inside a phrase that contains its first word, so {@link #variants} looks at those
   * sets only, not at the whole glossary for every signal.
   */
  private static Map<String, List<Integer>> setsByWord(List<List<Spelling>> sets) {
    Map<String, List<Integer>> byWord = new HashMap<>();
    for (int i = 0; i < sets.size(); i++) {
      for (Spelling spelling : sets.get(i)) {
        List<Integer> list = byWord.computeIfAbsent(spelling.words()[0], k -> new ArrayList<>());
        if (list.isEmpty() || list.get(list.size() - 1) != i) {
          list.add(i);
        }
      }
    }
    return byWord;
  }

  /**
   * The phrase with one glossary spelling inside it (its first place, word for word) swapped for
   * each other spelling. Built from the stems, not by searching and splitting the joined phrase,
   * which made five strings and compiled a regular expression for each variant.
   */
  private static List<List<String>> variants(
      List<String> stems, List<List<Spelling>> allSets, Map<String, List<Integer>> setsByWord) {
    // The sets that may match, in glossary order: the same order as a scan of every set.
    java.util.TreeSet<Integer> candidates = new java.util.TreeSet<>();
    for (String stem : stems) {
      candidates.addAll(setsByWord.getOrDefault(stem, List.of()));
    }
    List<List<String>> out = new ArrayList<>();
    for (int candidate : candidates) {
      List<Spelling> set = allSets.get(candidate);
      for (Spelling spelling : set) {
        int at = indexOf(stems, spelling.words());
        if (at < 0) {
          continue;
        }
        int after = at + spelling.words().length;
        for (Spelling other : set) {
          if (!other.key().equals(spelling.key())) {
            String[] v = new String[stems.size() - spelling.words().length + other.words().length];
            int n = 0;
            for (int i = 0; i < at; i++) {
              v[n++] = stems.get(i);
            }
            for (String w : other.words()) {
              v[n++] = w;
            }
            for (int i = after; i < stems.size(); i++) {
              v[n++] = stems.get(i);
            }
            out.add(List.of(v));
          }
        }
        break;
      }
    }
    return out;
  }

  /** Where {@code words} first stand in {@code stems}, one after the other; -1 if nowhere. */
  private static int indexOf(List<String> stems, String[] words) {
    for (int at = 0; at + words.length <= stems.size(); at++) {
      int k = 0;
      while (k < words.length && stems.get(at + k).equals(words[k])) {
        k++;
      }
      if (k == words.length) {
        return at;
      }
    }
    return -1;
  }
}
