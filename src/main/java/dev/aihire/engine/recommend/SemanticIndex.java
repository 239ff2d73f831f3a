package dev.aihire.engine.recommend;

import dev.aihire.model.Knowledge;
import dev.aihire.model.NotAHire;
import dev.aihire.model.NotAHireKind;
import dev.aihire.model.Role;
import dev.aihire.model.Term;
import dev.aihire.semantic.Embedder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The knowledge's situation sentences as unit vectors, so that a need worded in a way no signal
 * foresaw can still be recognised by what it means. Each sentence belongs to an owner: a role (by
 * its position) or, after the roles, a not-a-hire entry (roles + its position).
 *
 * <p>A role's sentences are its summary, its responsibilities, what it is hired for, and the
 * situations in which other roles' knowledge says "hire this one instead". They are embedded when
 * the knowledge is compiled, so a user's own knowledge file gets the same treatment as the bundled
 * one.
 */
public final class SemanticIndex {
  private final int dims;
  private final List<String> sentences;
  private final int[] owners;

  /**
   * Each vector as signed bytes times its own scale: a quarter of the floats, cosines within about
   * 0.01 of theirs, and the same numbers whether built here or read from storage.
   */
  private final byte[] codes;

  private final float[] scales;

  /**
   * Rows of {@link #codes} as floats, each made when its sentence is first compared: the byte to
   * float conversion in the comparison loop was a fifth of its cost, and a batch compares the same
   * rows ten thousand times. Each row is held by a final field, so a row made by one thread is seen
   * whole by another (JLS 17.5) without an atomic array, whose VarHandle costs a one-line answer
   * start-up time.
   */
  private final Row[] rows;

  private record Row(float[] values) {}

  /** Roles first, then one class per kind of not-a-hire need, by the kind's position. */
  private final Discriminant discriminant;

  public SemanticIndex(
      int dims,
      List<String> sentences,
      int[] owners,
      byte[] codes,
      float[] scales,
      Discriminant discriminant) {
    int n = sentences.size();
    if (owners.length != n
        || codes.length != n * dims
        || scales.length != n
        || discriminant.dims() != dims) {
      throw new IllegalArgumentException("semantic index sizes disagree");
    }
    this.discriminant = discriminant;
    this.dims = dims;
    // Not copied: storage hands over a list that decodes a sentence when it is shown, and the
    // builder's own list is held by no one else.
    this.sentences = Collections.unmodifiableList(sentences);
    this.owners = owners.clone();
    this.codes = codes.clone();
    this.scales = scales.clone();
    this.rows = new Row[n];
  }

  /**
   * The situation sentences of every owner, in owner order, and the discriminant learnt from them
   * and from the signal phrases: the knowledge's own words, nothing else.
   */
  public static SemanticIndex build(Knowledge knowledge, Embedder embedder) {
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

  public Discriminant discriminant() {
    return discriminant;
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

  /** The vectors' signed bytes, one vector after the other, {@link #dims} each. */
  public byte[] codes() {
    return codes.clone();
  }

  /** Each vector's scale: a component is its byte times this. */
  public float[] scales() {
    return scales.clone();
  }

  /**
   * For each owner, the best cosine of the need's vector with one of its sentences and which
   * sentence that was; owners without sentences get similarity 0 and sentence -1.
   */
  Nearest nearest(float[] need, boolean[] wanted) {
    int ownerCount = wanted.length;
    double[] best = new double[ownerCount];
    int[] sentence = new int[ownerCount];
    Arrays.fill(sentence, -1);
    for (int i = 0; i < owners.length; i++) {
      if (owners[i] >= ownerCount || !wanted[owners[i]]) {
        continue;
      }
      double dot = dot(need, row(i)) * scales[i];
      int o = owners[i];
      if (o < ownerCount && (sentence[o] < 0 || dot > best[o])) {
        best[o] = dot;
        sentence[o] = i;
      }
    }
    return new Nearest(best, sentence);
  }

  /**
   * The need's vector times the int8 codes of one sentence. Four running sums, not one: the
   * start-up compiler (C1) adds in program order, so a single sum waits on each addition before the
   * next; this loop is the main cost of a batch. The float products summed in double are exact for
   * these magnitudes, so the order does not change the result.
   */
  private static double dot(float[] need, float[] row) {
    double s0 = 0;
    double s1 = 0;
    double s2 = 0;
    double s3 = 0;
    int n = Math.min(need.length, row.length);
    int d = 0;
    for (; d + 3 < n; d += 4) {
      s0 += need[d] * row[d];
      s1 += need[d + 1] * row[d + 1];
      s2 += need[d + 2] * row[d + 2];
      s3 += need[d + 3] * row[d + 3];
    }
    for (; d < n; d++) {
      s0 += need[d] * row[d];
    }
    return (s0 + s1) + (s2 + s3);
  }

  /** Sentence {@code i}'s codes as floats (exactly the bytes' values). */
  private float[] row(int i) {
    Row row = rows[i];
    if (row == null) {
      float[] values = new float[dims];
      int base = i * dims;
      for (int d = 0; d < dims; d++) {
        values[d] = codes[base + d];
      }
      row = new Row(values);
      rows[i] = row;
    }
    return row.values();
  }

  /** Per owner: the best similarity and the index of its sentence (-1 when none). */
  record Nearest(double[] similarity, int[] sentence) {}
}
