package dev.aihire.engine.recommend;

import dev.aihire.model.Knowledge;
import dev.aihire.model.NotAHire;
import dev.aihire.model.NotAHireKind;
import dev.aihire.model.Role;
import dev.aihire.model.Term;
import dev.aihire.semantic.Embedder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link SemanticIndex} from knowledge just validated: embeds its texts, fits the
 * discriminant.
 */
final class SemanticIndexBuilder {
  private SemanticIndexBuilder() {}

  /**
   * The situation sentences of every owner, in owner order, and the discriminant learnt from them
   * and from the signal phrases: the knowledge's own words, nothing else.
   */
  static SemanticIndex build(Knowledge knowledge, Embedder embedder) {
    List<Role> roles = knowledge.roles();
    // Every labelled text once, embedded in one pass; a situation sentence is also a sentence
    // of its owner, kept with the position of its vector.
    List<String> texts = new ArrayList<>();
    List<Integer> labels = new ArrayList<>();
    List<String> sentences = new ArrayList<>();
    List<Integer> owners = new ArrayList<>();
    List<Integer> sentenceText = new ArrayList<>();
    Map<String, List<String>> sentForInstead = wrongHiresByInstead(roles);
    for (int r = 0; r < roles.size(); r++) {
      for (String s : situations(roles.get(r), sentForInstead)) {
        sentences.add(s);
        owners.add(r);
        sentenceText.add(texts.size());
        texts.add(s);
        labels.add(r);
      }
      for (Role.Signal s : roles.get(r).signals()) {
        texts.add(s.phrase());
        labels.add(r);
      }
    }
    // A glossary term's definition and example speak for the roles that own the term: the
    // plainest wording the knowledge has of what each role's work is about.
    Map<String, Integer> position = new HashMap<>();
    for (int r = 0; r < roles.size(); r++) {
      position.put(roles.get(r).id(), r);
    }
    for (Term t : knowledge.glossary()) {
      for (String owner : new LinkedHashSet<>(t.roles())) {
        Integer r = position.get(owner);
        if (r != null) {
          for (String s : List.of(t.definition(), t.example())) {
            texts.add(s);
            labels.add(r);
          }
        }
      }
    }
    List<NotAHire> others = knowledge.notAHire();
    for (int k = 0; k < others.size(); k++) {
      NotAHire other = others.get(k);
      int kind = roles.size() + other.kind().ordinal();
      for (String s : other.situations()) {
        sentences.add(s);
        owners.add(roles.size() + k);
        sentenceText.add(texts.size());
        texts.add(s);
        labels.add(kind);
      }
      for (String s : other.signals()) {
        texts.add(s);
        labels.add(kind);
      }
    }
    float[][] vectors = embedder.embedAll(texts);
    int dims = embedder.dimensions();
    Discriminant discriminant =
        Discriminant.fit(
            Arrays.asList(vectors),
            labels.stream().mapToInt(Integer::intValue).toArray(),
            roles.size() + NotAHireKind.values().length,
            dims);
    byte[] codes = new byte[sentences.size() * dims];
    float[] scales = new float[sentences.size()];
    for (int i = 0; i < sentences.size(); i++) {
      float[] v = vectors[sentenceText.get(i)];
      float max = 0;
      for (float x : v) {
        max = Math.max(max, Math.abs(x));
      }
      scales[i] = max / 127;
      for (int d = 0; d < dims; d++) {
        codes[i * dims + d] = (byte) (max == 0 ? 0 : Math.round(v[d] / max * 127));
      }
    }
    return new SemanticIndex(
        dims,
        sentences,
        owners.stream().mapToInt(Integer::intValue).toArray(),
        codes,
        scales,
        discriminant);
  }

  /**
   * The sentences that say when {@code role} is the hire, each once: its own, then every other
   * role's "wrong hire when" that names it instead ({@code insteadOf}, by role id, in knowledge
   * order).
   */
  static List<String> situations(Role role, Map<String, List<String>> insteadOf) {
    List<String> out = new ArrayList<>();
    out.add(role.summary());
    out.addAll(role.responsibilities());
    out.addAll(role.hireFor());
    for (String situation : insteadOf.getOrDefault(role.id(), List.of())) {
      if (!out.contains(situation)) {
        out.add(situation);
      }
    }
    return out;
  }

  /**
   * Every role's "wrong hire when" situations, by the id of the role to hire instead, in knowledge
   * order: gathered once, where asking every role about every other was quadratic in the roles (a
   * second of a 1,300-role file's first run).
   */
  static Map<String, List<String>> wrongHiresByInstead(List<Role> roles) {
    Map<String, List<String>> byInstead = new HashMap<>();
    for (Role other : roles) {
      for (Role.WrongHire w : other.wrongHireWhen()) {
        byInstead.computeIfAbsent(w.instead(), k -> new ArrayList<>()).add(w.situation());
      }
    }
    return byInstead;
  }
}
