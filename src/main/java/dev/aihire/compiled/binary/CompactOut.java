package dev.aihire.compiled.binary;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the compact binary form: varints, doubles as their exact bits, and strings as references
 * into one table of distinct strings (a signal phrase, a stem or a role id is stored once however
 * often it is used). Writers made by {@link #fork} share the table, so the sections of one file
 * share one table. The table lists strings in the order they were first written: the same input
 * written in the same order gives the same bytes.
 */
public final class CompactOut {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 12);
  private final DataOutputStream body = new DataOutputStream(bytes);
  private final Pool pool;

  /** The distinct strings, numbered from 1 in order of first use. */
  private static final class Pool {
    final Map<String, Integer> refs = new HashMap<>();
    final List<String> order = new ArrayList<>();
  }

  public CompactOut() {
    this(new Pool());
  }

  private CompactOut(Pool pool) {
    this.pool = pool;
  }

  /** Another writer for a separate part of the same file, sharing this one's strings. */
  public CompactOut fork() {
    return new CompactOut(pool);
  }

  public void varint(int v) {
    if (v < 0) {
      throw new IllegalArgumentException("negative varint " + v);
    }
    try {
      while ((v & ~0x7F) != 0) {
        body.writeByte((v & 0x7F) | 0x80);
        v >>>= 7;
      }
      body.writeByte(v);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A small signed number (weights, points): zig-zag encoded. */
  public void signed(int v) {
    varint((v << 1) ^ (v >> 31));
  }

  public void bool(boolean b) {
    varint(b ? 1 : 0);
  }

  public void dbl(double d) {
    try {
      body.writeLong(Double.doubleToRawLongBits(d));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A string, possibly null. */
  public void string(String s) {
    varint(ref(s));
  }

  /** The table reference of a string (0 for null), for fixed-width entries. */
  public int ref(String s) {
    if (s == null) {
      return 0;
    }
    Integer ref = pool.refs.get(s);
    if (ref == null) {
      pool.order.add(s);
      ref = pool.order.size();
      pool.refs.put(s, ref);
    }
    return ref;
  }

  /** A fixed-width number, for entries found by position. */
  public void int32(int v) {
    try {
      body.writeInt(v);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void strings(List<String> list) {
    varint(list.size());
    for (String s : list) {
      string(s);
    }
  }

  /** Float32 values, big-endian, read back by {@code CompactIn.floats}. */
  public void floats(float[] values) {
    try {
      for (float f : values) {
        body.writeInt(Float.floatToRawIntBits(f));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A list of strings as fixed-width references, read back by {@code stringsOnDemand}. */
  public void stringRefs(List<String> list) {
    varint(list.size());
    for (String s : list) {
      int32(ref(s));
    }
  }

  /** Int32 values, big-endian, read back in bulk by {@code CompactIn.ints}. */
  public void ints(int[] values) {
    for (int v : values) {
      int32(v);
    }
  }

  /** Bytes written by a {@link #fork} of this writer, as they are. */
  public void raw(byte[] part) {
    try {
      body.write(part, 0, part.length);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What this writer holds so far. */
  public byte[] toByteArray() {
    return bytes.toByteArray();
  }

  public int size() {
    return bytes.size();
  }

  /** The shared string table, in {@link StringTable}'s layout. */
  public void writeTable(DataOutputStream out) throws IOException {
    List<byte[]> utf8 = new ArrayList<>(pool.order.size());
    for (String s : pool.order) {
      utf8.add(s.getBytes(StandardCharsets.UTF_8));
    }
    out.writeInt(utf8.size());
    int offset = 0;
    out.writeInt(0);
    for (byte[] b : utf8) {
      offset += b.length;
      out.writeInt(offset);
    }
    for (byte[] b : utf8) {
      out.write(b);
    }
  }
}
