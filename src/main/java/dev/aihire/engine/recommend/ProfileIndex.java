package dev.aihire.engine.recommend;

import dev.aihire.model.Knowledge;
import dev.aihire.model.Role;
import dev.aihire.model.Term;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The words of each role's whole profile (summary, responsibilities, skills, tools, good signs, the
 * problems it is hired for, and the glossary terms it owns), weighted by how few roles use them.
 * Signals are the precise evidence; the profile catches needs worded in a way no signal foresaw
 * ("models that don't fall apart in production"), at a lower weight.
 */
public final class ProfileIndex {
  /** Function words and words every hiring need uses; they say nothing about the role. */
  private static final Set<String> STOP =
      new HashSet<>(
          List.of(
              "a",
              "an",
              "the",
              "and",
              "or",
              "of",
              "to",
              "in",
              "on",
              "for",
              "with",
              "by",
              "at",
              "from",
              "into",
              "onto",
              "our",
              "we",
              "us",
              "you",
              "your",
              "i",
              "me",
              "my",
              "it",
              "its",
              "is",
              "are",
              "be",
              "been",
              "was",
              "were",
              "that",
              "this",
              "these",
              "those",
              "what",
              "which",
              "who",
              "how",
              "when",
              "why",
              "so",
              "as",
              "if",
              "but",
              "not",
              "no",
              "can",
              "could",
              "should",
              "would",
              "will",
              "do",
              "does",
              "did",
              "have",
              "has",
              "had",
              "need",
              "want",
              "someone",
              "somebody",
              "person",
              "hire",
              "hiring",
              "role",
              "team",
              "company",
              "help",
              "make",
              "get",
              "new",
              "use",
              "using",
              "work",
              "working",
              "all",
              "any",
              "some",
              "more",
              "most",
              "other",
              "than",
              "then",
              "them",
              "they",
              "their",
              "there",
              "here",
              "out",
              "up",
              "about",
              "just",
              "also",
              "very",
              "own",
              "one",
              "each",
              "every",
              "across",
              "over",
              "who",
              "whom",
              "able",
              "good",
              "well",
              "like",
              "way",
              "thing",
              "things",
              "people",
              "business",
              "data",
              "ai",
              "model",
              "models",
              "build",
              "building",
              "built",
              "engineer",
              "engineering",
              "experience",
              "year",
              "years",
              "strong",
              "skill",
              "skills",
              "knowledge",
              "understanding",
              "ability",
              "product",
              "products",
              "system",
              "systems",
              "solution",
              "solutions",
              "tool",
              "tools",
              "time",
              "day",
              "week",
              "without",
              "while",
              "where",
              "via",
              "per",
              "etc",
              "e",
              "g"));

  /** The roles (ascending) whose profile holds a word, and what the word is worth for each. */
  public record Postings(int[] roles, double[] weights) {}

  /** Word to postings: a need's words find their roles without looking at every role. */
  private final Map<String, Postings> byWord;

  ProfileIndex(Knowledge knowledge) {
    this(knowledge, new StemMemo());
  }

  /** The index of this knowledge, its texts stemmed through {@code memo}. */
  ProfileIndex(Knowledge knowledge, StemMemo memo) {
    Set<String> stop = new HashSet<>();
    for (String s : STOP) {
      stop.addAll(memo.of(s));
    }
    // Each role's glossary terms, in glossary order, found once rather than by a scan of the
    // whole glossary per role.
    Map<String, List<Term>> termsOf = new HashMap<>();
    for (Term t : knowledge.glossary()) {
      for (String roleId : new java.util.LinkedHashSet<>(t.roles())) {
        termsOf.computeIfAbsent(roleId, k -> new ArrayList<>()).add(t);
      }
    }
    // One look-up per word said: a word's entry counts the roles that say it (the last one
    // remembered, so a role counts once) and lists them, in role order.
    List<Role> roles = knowledge.roles();
    Map<String, Word> words = new HashMap<>();
    for (int r = 0; r < roles.size(); r++) {
      Role role = roles.get(r);
      List<String> texts = describing(role);
      for (Term t : termsOf.getOrDefault(role.id(), List.of())) {
        texts.add(t.term());
        texts.addAll(t.aliases());
      }
      for (String text : texts) {
        for (String stem : memo.of(text)) {
          if (stem.length() > 1 && !stop.contains(stem)) {
            Word w = words.get(stem);
            if (w == null) {
              w = new Word();
              words.put(stem, w);
            }
            w.said(r);
          }
        }
      }
    }
    int n = roles.size();
    byWord = new HashMap<>(words.size() * 2);
    for (Map.Entry<String, Word> e : words.entrySet()) {
      Word w = e.getValue();
      double idf = Math.log((double) n / w.count);
      if (idf > 0) {
        double[] weights = new double[w.count];
        java.util.Arrays.fill(weights, idf);
        byWord.put(e.getKey(), new Postings(java.util.Arrays.copyOf(w.roles, w.count), weights));
      }
    }
  }

  /** The roles (ascending, each once) whose profile says a word, while the index is built. */
  private static final class Word {
    int[] roles = new int[2];
    int count;

    void said(int role) {
      if (count > 0 && roles[count - 1] == role) {
        return;
      }
      if (count == roles.length) {
        roles = java.util.Arrays.copyOf(roles, count * 2);
      }
      roles[count++] = role;
    }
  }

  /** An index read back from storage; the map is kept as it is (it may decode on look-up). */
  ProfileIndex(Map<String, Postings> byWord) {
    this.byWord = byWord;
  }

  /** The postings by word, in word order: what storage keeps of this index. */
  public SortedMap<String, Postings> postingsByWord() {
    return new TreeMap<>(byWord);
  }

  /** The roles whose profile holds the word (each weight > 0), or null. */
  Postings postings(String stem) {
    return byWord.get(stem);
  }

  /** The texts that say what a role does: the profile that evidence is looked up in. */
  static List<String> describing(Role r) {
    List<String> texts = new ArrayList<>();
    texts.add(r.summary());
    texts.addAll(r.responsibilities());
    texts.addAll(r.skills());
    texts.addAll(r.tools());
    texts.addAll(r.goodSigns());
    texts.addAll(r.hireFor());
    return texts;
  }
}
