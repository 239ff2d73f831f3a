package dev.aihire.engine.recommend;

import dev.aihire.model.Knowledge;
import dev.aihire.semantic.Embedder;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

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
  /** The int8 codes: the builder's array, or a view of the compiled file, never copied there. */
  private final ByteBuffer codes;

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
    this(
        dims,
        sentences,
        owners.clone(),
        ByteBuffer.wrap(codes.clone()),
        scales.clone(),
        discriminant);
  }

  /**
   * As stored: {@code codes} is a view of the compiled file (a large knowledge file's are tens of
   * megabytes, of which an answer reads the rows of a few owners), and the arrays were made by the
   * reader for this index alone, so none is copied.
   */
  public static SemanticIndex stored(
      int dims,
      List<String> sentences,
      int[] owners,
      ByteBuffer codes,
      float[] scales,
      Discriminant discriminant) {
    return new SemanticIndex(dims, sentences, owners, codes.slice(), scales, discriminant);
  }

  private SemanticIndex(
      int dims,
      List<String> sentences,
      int[] owners,
      ByteBuffer codes,
      float[] scales,
      Discriminant discriminant) {
    int n = sentences.size();
    if (owners.length != n
        || codes.remaining() != n * dims
        || scales.length != n
        || discriminant.dims() != dims) {
      throw new IllegalArgumentException("semantic index sizes disagree");
    }
    this.discriminant = discriminant;
    this.dims = dims;
    // Not copied: storage hands over a list that decodes a sentence when it is shown, and the
    // builder's own list is held by no one else.
    this.sentences = Collections.unmodifiableList(sentences);
    this.owners = owners;
    this.codes = codes;
    this.scales = scales;
    this.rows = new Row[n];
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

  /** Whether every sentence belongs to an owner below {@code owners} (none is negative). */
  boolean ownedBelow(int owners) {
    for (int o : this.owners) {
      if (o < 0 || o >= owners) {
        return false;
      }
    }
    return true;
  }

  /** The vectors' signed bytes, one vector after the other, {@link #dims} each. */
  public byte[] codes() {
    byte[] out = new byte[codes.remaining()];
    codes.get(0, out);
    return out;
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
  /**
   * The situation sentences of every owner, in owner order, and the discriminant learnt from them
   * and from the signal phrases (see {@link SemanticIndexBuilder}).
   */
  public static SemanticIndex build(Knowledge knowledge, Embedder embedder) {
    return SemanticIndexBuilder.build(knowledge, embedder);
  }

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
        values[d] = codes.get(base + d);
      }
      row = new Row(values);
      rows[i] = row;
    }
    return row.values();
  }

  /** Per owner: the best similarity and the index of its sentence (-1 when none). */
  record Nearest(double[] similarity, int[] sentence) {}
}
