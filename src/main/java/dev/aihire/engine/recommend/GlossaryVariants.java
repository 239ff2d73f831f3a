package dev.aihire.engine.recommend;

import dev.aihire.model.Term;
import dev.aihire.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The other spellings of a signal that the glossary knows ("rag" also as "retrieval augmented
 * generation"): each term's spellings, normalised, and for each word the terms with a spelling that
 * starts with it.
 */
final class GlossaryVariants {
  private final List<List<Spelling>> allSets;
  private final Map<String, List<Integer>> setsByWord;

  GlossaryVariants(List<Term> glossary) {
    this.allSets = synonymSets(glossary);
    this.setsByWord = setsByWord(allSets);
  }

  /** One way of saying a term: its stems joined by spaces, and the stems. */
  record Spelling(String key, String[] words) {}

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
   * can only lie inside a phrase that contains its first word, so {@link #of} looks at those sets
   * only, not at the whole glossary for every signal.
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
  List<List<String>> of(List<String> stems) {
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
