package dev.aihire.compiled.binary;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads what {@link CompactOut} wrote, from a range of a buffer (a file mapped in memory), with
 * strings from a {@link StringTable}. Any inconsistency (a truncated or corrupt file) throws {@link
 * CorruptException}, so a caller can fall back to the YAML.
 */
public final class CompactIn {
  private final ByteBuffer buf;
  private int pos;
  private final int end;
  private final StringTable table;

  public CompactIn(ByteBuffer buf, int offset, int end, StringTable table) {
    if (offset < 0 || end > buf.limit() || offset > end) {
      throw new CorruptException("bad range");
    }
    this.buf = buf;
    this.pos = offset;
    this.end = end;
    this.table = table;
  }

  public int position() {
    return pos;
  }

  public void skip(int n) {
    need(n);
    pos += n;
  }

  /** The next {@code n} bytes as they were written by {@link CompactOut#raw}. */
  public byte[] bytes(int n) {
    need(n);
    byte[] out = new byte[n];
    buf.get(pos, out);
    pos += n;
    return out;
  }

  public int int32() {
    need(4);
    int v = StringTable.intAt(buf, pos);
    pos += 4;
    return v;
  }

  public int varint() {
    int v = 0;
    for (int shift = 0; shift < 35; shift += 7) {
      need(1);
      byte b = buf.get(pos++);
      v |= (b & 0x7F) << shift;
      if (b >= 0) {
        if (v < 0) {
          throw new CorruptException("negative varint");
        }
        return v;
      }
    }
    throw new CorruptException("varint too long");
  }

  /** A count of things still to read: never more than the bytes left, so no huge allocation. */
  public int count() {
    int n = varint();
    if (n > end - pos) {
      throw new CorruptException("count " + n + " beyond the end");
    }
    return n;
  }

  public int signed() {
    int v = varint();
    return (v >>> 1) ^ -(v & 1);
  }

  public boolean bool() {
    int v = varint();
    if (v > 1) {
      throw new CorruptException("bad boolean " + v);
    }
    return v == 1;
  }

  public double dbl() {
    need(8);
    long hi = int32() & 0xFFFFFFFFL;
    long lo = int32() & 0xFFFFFFFFL;
    return Double.longBitsToDouble((hi << 32) | lo);
  }

  /** A string, or null. */
  public String string() {
    return table.get(varint());
  }

  /** The string a fixed-width table reference names, which may not be null. */
  public String textOf(int ref) {
    String s = table.get(ref);
    if (s == null) {
      throw new CorruptException("missing string");
    }
    return s;
  }

  /** A string that may not be null. */
  public String text() {
    String s = string();
    if (s == null) {
      throw new CorruptException("missing string");
    }
    return s;
  }

  public List<String> strings() {
    int n = count();
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(text());
    }
    return out;
  }

  /**
   * A list of strings, each decoded when first read: for long lists of which a reader needs a few
   * (the situation sentences of a large knowledge file, shown only as evidence). Written by {@link
   * CompactOut#stringRefs}: fixed-width references, so opening the list reads nothing.
   */
  public List<String> stringsOnDemand() {
    int n = count();
    if (n > (end - pos) / 4) {
      throw new CorruptException("truncated");
    }
    int refsAt = pos;
    pos += n * 4;
    return new AbstractList<>() {
      @Override
      public String get(int i) {
        String s = table.get(int32At(refsAt + 4 * Objects.checkIndex(i, n)));
        if (s == null) {
          throw new CorruptException("missing string");
        }
        return s;
      }

      @Override
      public int size() {
        return n;
      }
    };
  }

  /** {@code n} int32 values as a view of the bytes: nothing is copied or decoded until read. */
  public IntBuffer intView(int n) {
    if (n < 0 || n > (end - pos) / 4) {
      throw new CorruptException("truncated");
    }
    IntBuffer view = buf.slice(pos, n * 4).order(ByteOrder.BIG_ENDIAN).asIntBuffer();
    pos += n * 4;
    return view;
  }

  /** The next {@code n} bytes as a read-only view of the buffer, not copied. */
  public ByteBuffer byteView(int n) {
    need(n);
    ByteBuffer view = buf.slice(pos, n).asReadOnlyBuffer();
    pos += n;
    return view;
  }

  /** {@code n} int32 values, read in one bulk copy. */
  public int[] ints(int n) {
    if (n < 0 || n > (end - pos) / 4) {
      throw new CorruptException("truncated");
    }
    int[] out = new int[n];
    buf.slice(pos, n * 4).order(ByteOrder.BIG_ENDIAN).asIntBuffer().get(out);
    pos += n * 4;
    return out;
  }

  /** {@code n} float32 values, read in one bulk copy. */
  public float[] floats(int n) {
    if (n < 0 || n > (end - pos) / 4) {
      throw new CorruptException("truncated");
    }
    float[] out = new float[n];
    buf.slice(pos, n * 4).order(ByteOrder.BIG_ENDIAN).asFloatBuffer().get(out);
    pos += n * 4;
    return out;
  }

  /** The fixed-width number at an absolute position inside this reader's range. */
  public int int32At(int at) {
    if (at < 0 || at > end - 4) {
      throw new CorruptException("out of range");
    }
    return StringTable.intAt(buf, at);
  }

  /** The string a table reference names (null for 0). */
  public String stringAt(int ref) {
    return table.get(ref);
  }

  public int remaining() {
    return end - pos;
  }

  /** A reader of the next {@code length} bytes, which this reader skips. */
  public CompactIn slice(int length) {
    need(length);
    CompactIn part = new CompactIn(buf, pos, pos + length, table);
    pos += length;
    return part;
  }

  /** A reader of the range [from, to) of the same buffer, with the same strings. */
  public CompactIn at(int from, int to) {
    return new CompactIn(buf, from, to, table);
  }

  public boolean atEnd() {
    return pos == end;
  }

  /** Fails unless everything was read: bytes left over mean another format. */
  public void expectEnd() {
    if (pos != end) {
      throw new CorruptException("bytes left over");
    }
  }

  private void need(int n) {
    if (end - pos < n) {
      throw new CorruptException("truncated");
    }
  }
}
