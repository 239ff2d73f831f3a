package dev.aihire.compiled;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads what {@link CompactOut} wrote, from a byte array. Any inconsistency (a truncated or
 * corrupt file) throws {@link CorruptException}, so a caller can fall back to the YAML.
 */
public final class CompactIn {
  /** The compiled bytes are not what this code wrote. */
  public static final class CorruptException extends RuntimeException {
    public CorruptException(String message) {
      super(message, null, false, false);
    }
  }

  private final byte[] buf;
  private int pos;
  private final int end;
  private String[] table;

  public CompactIn(byte[] buf, int offset, int end) {
    this.buf = buf;
    this.pos = offset;
    this.end = end;
  }

  public int position() {
    return pos;
  }

  public void skip(int n) {
    need(n);
    pos += n;
  }

  public int int32() {
    need(4);
    int v = ((buf[pos] & 0xFF) << 24) | ((buf[pos + 1] & 0xFF) << 16)
        | ((buf[pos + 2] & 0xFF) << 8) | (buf[pos + 3] & 0xFF);
    pos += 4;
    return v;
  }

  /** Reads the string table written by {@link CompactOut#finish}; returns the body's length. */
  public int table() {
    int n = int32();
    if (n < 0 || n > end - pos) {
      throw new CorruptException("bad string table size " + n);
    }
    table = new String[n + 1];
    for (int i = 1; i <= n; i++) {
      int len = int32();
      if (len < 0 || len > end - pos) {
        throw new CorruptException("bad string length " + len);
      }
      table[i] = new String(buf, pos, len, StandardCharsets.UTF_8);
      pos += len;
    }
    int body = int32();
    if (body != end - pos) {
      throw new CorruptException("body is " + (end - pos) + " bytes, expected " + body);
    }
    return body;
  }

  public int varint() {
    int v = 0;
    for (int shift = 0; shift < 35; shift += 7) {
      need(1);
      byte b = buf[pos++];
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
    int ref = varint();
    if (ref >= table.length) {
      throw new CorruptException("bad string reference " + ref);
    }
    return table[ref];
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

  public boolean atEnd() {
    return pos == end;
  }

  private void need(int n) {
    if (end - pos < n) {
      throw new CorruptException("truncated");
    }
  }
}
