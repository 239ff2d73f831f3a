package dev.aihire.engine.recommend;

import dev.aihire.model.Knowledge;
import dev.aihire.model.NotAHire;
import dev.aihire.model.Role;
import dev.aihire.semantic.Embedder;
import java.util.ArrayList;
import java.util.List;

/**
 * The knowledge's situation sentences as unit vectors, so that a need worded in a way no signal
 * foresaw can still be recognised by what it means. Each sentence belongs to an owner: a role
 * (by its position) or, after the roles, a not-a-hire entry (roles + its position).
 *
 * <p>A role's sentences are its summary, its responsibilities, what it is hired for, and the
 * situations in which other roles' knowledge says "hire this one instead". They are embedded
 * when the knowledge is compiled, so a user's own knowledge file gets the same treatment as the
 * bundled one.
 */
public final class SemanticIndex {
  private final int dims;
  private final List<String> sentences;
  private final int[] owners;
  private final float[] vectors;

  public SemanticIndex(int dims, List<String> sentences, int[] owners, float[] vectors) {
    if (owners.length != sentences.size() || vectors.length != sentences.size() * dims) {
      throw new IllegalArgumentException("semantic index sizes disagree");
    }
    this.dims = dims;
    this.sentences = List.copyOf(sentences);
    this.owners = owners.clone();
    this.vectors = vectors.clone();
  }

  /** The sentences of every owner, in owner order; the knowledge's own words. */
  public static SemanticIndex build(Knowledge knowledge, Embedder embedder) {
    List<Role> roles = knowledge.roles();
    List<String> sentences = new ArrayList<>();
    List<Integer> owners = new ArrayList<>();
    for (int r = 0; r < roles.size(); r++) {
      for (String s : situations(roles, r)) {
        sentences.add(s);
        owners.add(r);
      }
    }
    List<NotAHire> others = knowledge.notAHire();
    for (int k = 0; k < others.size(); k++) {
      for (String s : others.get(k).situations()) {
        sentences.add(s);
        owners.add(roles.size() + k);
      }
    }
    int dims = embedder.dimensions();
    float[] vectors = new float[sentences.size() * dims];
    for (int i = 0; i < sentences.size(); i++) {
      System.arraycopy(embedder.embed(sentences.get(i)), 0, vectors, i * dims, dims);
    }
    return new SemanticIndex(dims, sentences,
        owners.stream().mapToInt(Integer::intValue).toArray(), vectors);
  }

  /** The sentences that say when role {@code r} is the hire, each once. */
  static List<String> situations(List<Role> roles, int r) {
    Role role = roles.get(r);
    List<String> out = new ArrayList<>();
    out.add(role.summary());
    out.addAll(role.responsibilities());
    out.addAll(role.hireFor());
    for (Role other : roles) {
      for (Role.WrongHire w : other.wrongHireWhen()) {
        if (w.instead().equals(role.id()) && !out.contains(w.situation())) {
          out.add(w.situation());
        }
      }
    }
    return out;
  }

  public int dims() {
    return dims;
  }

  public List<String> sentences() {
    return sentences;
  }

  public int[] owners() {
    return owners.clone();
  }

  /** The vectors, one after the other, {@link #dims} floats each. */
  public float[] vectors() {
    return vectors.clone();
  }

  /**
   * For each owner, the best cosine of the need's vector with one of its sentences and which
   * sentence that was; owners without sentences get similarity 0 and sentence -1.
   */
  Nearest nearest(float[] need, int ownerCount) {
    double[] best = new double[ownerCount];
    int[] sentence = new int[ownerCount];
    java.util.Arrays.fill(sentence, -1);
    for (int i = 0; i < owners.length; i++) {
      double dot = 0;
      int base = i * dims;
      for (int d = 0; d < dims; d++) {
        dot += need[d] * vectors[base + d];
      }
      int o = owners[i];
      if (o < ownerCount && (sentence[o] < 0 || dot > best[o])) {
        best[o] = dot;
        sentence[o] = i;
      }
    }
    return new Nearest(best, sentence);
  }

  /** Per owner: the best similarity and the index of its sentence (-1 when none). */
  record Nearest(double[] similarity, int[] sentence) {}
}
