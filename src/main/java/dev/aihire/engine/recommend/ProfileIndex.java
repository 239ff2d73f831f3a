package dev.aihire.engine.recommend;

import dev.aihire.model.Knowledge;
import dev.aihire.model.Role;
import dev.aihire.model.Term;
import dev.aihire.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words of each role's whole profile (summary, responsibilities, skills, tools, good signs,
 * the problems it is hired for, and the glossary terms it owns), weighted by how few roles use
 * them. Signals are the precise evidence; the profile catches needs worded in a way no signal
 * foresaw ("models that don't fall apart in production"), at a lower weight.
 */
final class ProfileIndex {
  /** Function words and words every hiring need uses; they say nothing about the role. */
  private static final Set<String> STOP = new HashSet<>(List.of(
      "a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "with", "by", "at", "from",
      "into", "onto", "our", "we", "us", "you", "your", "i", "me", "my", "it", "its", "is", "are",
      "be", "been", "was", "were", "that", "this", "these", "those", "what", "which", "who",
      "how", "when", "why", "so", "as", "if", "but", "not", "no", "can", "could", "should",
      "would", "will", "do", "does", "did", "have", "has", "had", "need", "want", "someone",
      "somebody", "person", "hire", "hiring", "role", "team", "company", "help", "make", "get",
      "new", "use", "using", "work", "working", "all", "any", "some", "more", "most", "other",
      "than", "then", "them", "they", "their", "there", "here", "out", "up", "about", "just",
      "also", "very", "own", "one", "each", "every", "across", "over", "who", "whom", "able",
      "good", "well", "like", "way", "thing", "things", "people", "business", "data", "ai",
      "model", "models", "build", "building", "built", "engineer", "engineering", "experience",
      "year", "years", "strong", "skill", "skills", "knowledge", "understanding", "ability",
      "product", "products", "system", "systems", "solution", "solutions", "tool", "tools",
      "time", "day", "week", "without", "while", "where", "via", "per", "etc", "e", "g"));

  private final List<Map<String, Double>> weights = new ArrayList<>();

  ProfileIndex(Knowledge knowledge) {
    Set<String> stop = new HashSet<>();
    for (String s : STOP) {
      stop.addAll(Normalizer.stems(s));
    }
    List<Set<String>> profiles = new ArrayList<>();
    Map<String, Integer> df = new HashMap<>();
    for (Role r : knowledge.roles()) {
      List<String> texts = new ArrayList<>();
      texts.add(r.summary());
      texts.addAll(r.responsibilities());
      texts.addAll(r.skills());
      texts.addAll(r.tools());
      texts.addAll(r.goodSigns());
      texts.addAll(r.hireFor());
      for (Term t : knowledge.glossary()) {
        if (t.roles().contains(r.id())) {
          texts.add(t.term());
          texts.addAll(t.aliases());
        }
      }
      Set<String> words = new HashSet<>();
      for (String text : texts) {
        for (String stem : Normalizer.stems(text)) {
          if (stem.length() > 1 && !stop.contains(stem)) {
            words.add(stem);
          }
        }
      }
      profiles.add(words);
      for (String w : words) {
        df.merge(w, 1, Integer::sum);
      }
    }
    int n = profiles.size();
    for (Set<String> words : profiles) {
      Map<String, Double> w = new HashMap<>();
      for (String word : words) {
        double idf = Math.log((double) n / df.get(word));
        if (idf > 0) {
          w.put(word, idf);
        }
      }
      weights.add(w);
    }
  }

  /** How much the word says for the role, or 0: the rarer among roles, the more. */
  double weight(int role, String stem) {
    return weights.get(role).getOrDefault(stem, 0.0);
  }
}
