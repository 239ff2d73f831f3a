package dev.aihire.semantic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sentence vectors from the static token table distilled from all-MiniLM-L6-v2 (docs/semantic.md):
 * a text's vector is the L2-normalised sum of its word pieces' vectors, which is its weighted mean,
 * the weights (SIF, from Zipf's law) being folded into the rows at distillation time. No ONNX, no
 * model at run time: tokenising and adding 128-dimension rows takes microseconds, and only the rows
 * a text uses are ever read.
 *
 * <p>Thread-safe. Each text is read up to its first {@link #MAX_PIECES} word pieces (and {@link
 * WordPiece#MAX_CHARS} characters), so a huge input costs no more than a long posting.
 */
public final class Embedder {
  /** Word pieces read from one text at most. */
  public static final int MAX_PIECES = 512;

  private static volatile Embedder bundled;

  private final WordPiece wordPiece;
  private final VectorTable table;

  Embedder(WordPiece wordPiece, VectorTable table) {
    this.wordPiece = wordPiece;
    this.table = table;
  }

  /**
   * The table shipped in the jar, opened on first use (about 450 KB of vocabulary is read then;
   * vector rows only as texts need them).
   *
   * @throws UncheckedIOException when the resource is missing or damaged (a broken build)
   */
  public static Embedder bundled() {
    Embedder e = bundled;
    if (e == null) {
      synchronized (Embedder.class) {
        e = bundled;
        if (e == null) {
          e = open(TableFile.BUNDLED);
          bundled = e;
        }
      }
    }
    return e;
  }

  /** The table in the class-path resource {@code resource} (relative to this package). */
  static Embedder open(String resource) {
    try {
      return new TableFile(resource).read();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public int dimensions() {
    return table.dims();
  }

  /** The model's word-piece ids of {@code text} (no [CLS]/[SEP]), at most MAX_PIECES. */
  public int[] tokenIds(String text) {
    return wordPiece.ids(text, MAX_PIECES);
  }

  /** The unit vector of {@code text}; all zeros when none of its word pieces has a vector. */
  public float[] embed(String text) {
    return embed(tokenIds(text));
  }

  /** The unit vector of word pieces from {@link #tokenIds}, for a caller that needs both. */
  public float[] embed(int[] ids) {
    load(ids);
    return vector(ids);
  }

  /**
   * Vectors of many texts, reading every row they need in one pass over the table: the way to embed
   * knowledge sentences at compile time.
   */
  public float[][] embedAll(List<String> texts) {
    // A text met again (a glossary definition that speaks for three roles) is embedded once; its
    // rows share one array, which callers only read.
    Map<String, Integer> first = new HashMap<>();
    int[] sameAs = new int[texts.size()];
    int[][] ids = new int[texts.size()][];
    int total = 0;
    int[] scratch = new int[MAX_PIECES];
    for (int i = 0; i < ids.length; i++) {
      Integer earlier = first.putIfAbsent(texts.get(i), i);
      sameAs[i] = earlier == null ? i : earlier;
      if (earlier == null) {
        ids[i] = wordPiece.ids(texts.get(i), scratch);
        total += ids[i].length;
      }
    }
    // Each distinct piece's row once as floats, side by side: adding float rows is a loop the JIT
    // turns into vector instructions, where turning every byte into a float as it was added took
    // two thirds of this method on a 35 MiB knowledge file (4.6 million pieces). The same
    // products are added in the same order, so every vector is the same, bit for bit.
    int[] slot = new int[maxId(ids) + 1];
    Arrays.fill(slot, -1);
    int[] distinctIds = new int[Math.min(total, slot.length)];
    int distinct = 0;
    for (int[] one : ids) {
      if (one == null) {
        continue; // a text met before
      }
      for (int id : one) {
        if (slot[id] < 0 && table.hasRow(id)) {
          distinctIds[distinct] = id;
          slot[id] = distinct++;
        }
      }
    }
    // Only the distinct ids: the table sorts what it is asked for, and those pieces were 4.6
    // million.
    load(Arrays.copyOf(distinctIds, distinct));
    int dims = table.dims();
    float[] rows = new float[distinct * dims];
    for (int id = 0; id < slot.length; id++) {
      if (slot[id] >= 0) {
        table.copyTo(rows, slot[id] * dims, id);
      }
    }
    float[][] out = new float[ids.length][];
    for (int i = 0; i < ids.length; i++) {
      out[i] = sameAs[i] == i ? sumOfRows(ids[i], slot, rows, dims, scratch) : out[sameAs[i]];
    }
    return out;
  }

  private static int maxId(int[][] ids) {
    int max = -1;
    for (int[] one : ids) {
      if (one != null) {
        for (int id : one) {
          max = Math.max(max, id);
        }
      }
    }
    return max;
  }

  /**
   * As {@link #vector}, from the rows {@link #embedAll} laid out as floats; {@code bases} is room
   * for one offset a piece.
   */
  private static float[] sumOfRows(int[] ids, int[] slot, float[] rows, int dims, int[] bases) {
    float[] sum = new float[dims];
    // The rows of the pieces that have one, four at a time: each element still adds its rows in
    // text order (the same sum, bit for bit), but loads and stores the sum once for four rows.
    int n = 0;
    for (int id : ids) {
      int at = slot[id];
      if (at >= 0) {
        bases[n++] = at * dims;
      }
    }
    int i = 0;
    for (; i + 4 <= n; i += 4) {
      int b0 = bases[i];
      int b1 = bases[i + 1];
      int b2 = bases[i + 2];
      int b3 = bases[i + 3];
      for (int k = 0; k < dims; k++) {
        sum[k] = sum[k] + rows[b0 + k] + rows[b1 + k] + rows[b2 + k] + rows[b3 + k];
      }
    }
    for (; i < n; i++) {
      int base = bases[i];
      for (int k = 0; k < dims; k++) {
        sum[k] += rows[base + k];
      }
    }
    return unit(sum);
  }

  private void load(int[] ids) {
    try {
      table.load(ids);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private float[] vector(int[] ids) {
    float[] sum = new float[table.dims()];
    for (int id : ids) {
      table.addTo(sum, id);
    }
    return unit(sum);
  }

  /** {@code sum} scaled to length 1 in place (left as it is when all zeros). */
  private static float[] unit(float[] sum) {
    double norm = 0;
    for (float v : sum) {
      norm += (double) v * v;
    }
    if (norm > 0) {
      float inverse = (float) (1 / Math.sqrt(norm));
      for (int k = 0; k < sum.length; k++) {
        sum[k] *= inverse;
      }
    }
    return sum;
  }

  /** Cosine similarity; 0 when either vector is all zeros. */
  public static double cosine(float[] a, float[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("vectors of " + a.length + " and " + b.length + " dims");
    }
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int i = 0; i < a.length; i++) {
      dot += (double) a[i] * b[i];
      na += (double) a[i] * a[i];
      nb += (double) b[i] * b[i];
    }
    return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
  }
}
