package dev.aihire.compiled.binary;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Writes the compact binary form: varints, doubles as their exact bits, and strings as references
 * into one table of distinct strings (a signal phrase, a stem or a role id is stored once however
 * often it is used). Writers made by {@link #fork} share the table, so the sections of one file
 * share one table. The table lists strings in the order they were first written: the same input
 * written in the same order gives the same bytes.
 *
 * <p>A writer is one growable array and the table an open-addressed hash of its own (no boxed
 * references, no map entries): a large knowledge file writes millions of references.
 */
public final class CompactOut {
  private byte[] buf;
  private int len;
  private final Pool pool;

  /** The distinct strings, numbered from 1 in order of first use. */
  private static final class Pool {
    /** Slots of an open-addressed table: the string, its hash and its reference (0: empty). */
    String[] keys = new String[1 << 12];

    int[] hashes = new int[1 << 12];
    int[] refs = new int[1 << 12];
    String[] order = new String[1 << 11];
    int count;

    int ref(String s) {
      int h = s.hashCode();
      int mask = keys.length - 1;
      int i = spread(h) & mask;
      while (true) {
        int r = refs[i];
        if (r == 0) {
          return add(s, h, i);
        }
        if (hashes[i] == h && s.equals(keys[i])) {
          return r;
        }
        i = (i + 1) & mask;
      }
    }

    private int add(String s, int h, int slot) {
      if (count == order.length) {
        order = Arrays.copyOf(order, count * 2);
      }
      order[count++] = s;
      keys[slot] = s;
      hashes[slot] = h;
      refs[slot] = count;
      if (count * 2 > keys.length) {
        grow();
      }
      return count;
    }

    private void grow() {
      String[] oldKeys = keys;
      int[] oldHashes = hashes;
      int[] oldRefs = refs;
      int size = oldKeys.length * 2;
      keys = new String[size];
      hashes = new int[size];
      refs = new int[size];
      int mask = size - 1;
      for (int j = 0; j < oldKeys.length; j++) {
        if (oldRefs[j] != 0) {
          int i = spread(oldHashes[j]) & mask;
          while (refs[i] != 0) {
            i = (i + 1) & mask;
          }
          keys[i] = oldKeys[j];
          hashes[i] = oldHashes[j];
          refs[i] = oldRefs[j];
        }
      }
    }

    private static int spread(int h) {
      h *= 0x9E3779B9;
      return h ^ (h >>> 16);
    }
  }

  public CompactOut() {
    this(new Pool(), 1 << 12);
  }

  private CompactOut(Pool pool, int capacity) {
    this.pool = pool;
    this.buf = new byte[capacity];
  }

  /** Another writer for a separate part of the same file, sharing this one's strings. */
  public CompactOut fork() {
    return new CompactOut(pool, 1 << 8);
  }

  private void ensure(int more) {
    if (buf.length - len < more) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
    }
  }

  public void varint(int v) {
    if (v < 0) {
      throw new IllegalArgumentException("negative varint " + v);
    }
    ensure(5);
    byte[] b = buf;
    int at = len;
    while ((v & ~0x7F) != 0) {
      b[at++] = (byte) ((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    b[at++] = (byte) v;
    len = at;
  }

  /** A small signed number (weights, points): zig-zag encoded. */
  public void signed(int v) {
    varint((v << 1) ^ (v >> 31));
  }

  public void bool(boolean b) {
    varint(b ? 1 : 0);
  }

  public void dbl(double d) {
    long v = Double.doubleToRawLongBits(d);
    int32((int) (v >>> 32));
    int32((int) v);
  }

  /** A string, possibly null. */
  public void string(String s) {
    varint(ref(s));
  }

  /** The table reference of a string (0 for null), for fixed-width entries. */
  public int ref(String s) {
    return s == null ? 0 : pool.ref(s);
  }

  /** A fixed-width number, for entries found by position. */
  public void int32(int v) {
    ensure(4);
    byte[] b = buf;
    int at = len;
    b[at] = (byte) (v >>> 24);
    b[at + 1] = (byte) (v >>> 16);
    b[at + 2] = (byte) (v >>> 8);
    b[at + 3] = (byte) v;
    len = at + 4;
  }

  public void strings(List<String> list) {
    varint(list.size());
    for (String s : list) {
      string(s);
    }
  }

  /** Float32 values, big-endian, read back by {@code CompactIn.floats}. */
  public void floats(float[] values) {
    ensure(4 * values.length);
    for (float f : values) {
      int32(Float.floatToRawIntBits(f));
    }
  }

  /** A list of strings as fixed-width references, read back by {@code stringsOnDemand}. */
  public void stringRefs(List<String> list) {
    varint(list.size());
    ensure(4 * list.size());
    for (String s : list) {
      int32(ref(s));
    }
  }

  /** Int32 values, big-endian, read back in bulk by {@code CompactIn.ints}. */
  public void ints(int[] values) {
    ensure(4 * values.length);
    for (int v : values) {
      int32(v);
    }
  }

  /** Bytes written by a {@link #fork} of this writer, as they are. */
  public void raw(byte[] part) {
    ensure(part.length);
    System.arraycopy(part, 0, buf, len, part.length);
    len += part.length;
  }

  /** What another writer (a {@link #fork} of this one) holds, as it is. */
  public void raw(CompactOut part) {
    ensure(part.len);
    System.arraycopy(part.buf, 0, buf, len, part.len);
    len += part.len;
  }

  /** What this writer holds so far. */
  public byte[] toByteArray() {
    return Arrays.copyOf(buf, len);
  }

  public int size() {
    return len;
  }

  /** This writer's bytes into {@code dest} at {@code at}; returns where they end. */
  public int copyTo(byte[] dest, int at) {
    System.arraycopy(buf, 0, dest, at, len);
    return at + len;
  }

  /** The shared string table, in {@link StringTable}'s layout, into a writer of its own. */
  public CompactOut table() {
    int n = pool.count;
    String[] order = pool.order;
    CompactOut blob = new CompactOut(pool, 1 << 16);
    int[] ends = new int[n];
    for (int i = 0; i < n; i++) {
      // The JDK's encoder: for ASCII, most of a knowledge file, one intrinsic copy.
      blob.raw(order[i].getBytes(StandardCharsets.UTF_8));
      ends[i] = blob.len;
    }
    CompactOut out = new CompactOut(pool, 4 * (n + 2) + blob.len);
    out.int32(n);
    out.int32(0);
    for (int end : ends) {
      out.int32(end);
    }
    out.raw(blob);
    return out;
  }
}
