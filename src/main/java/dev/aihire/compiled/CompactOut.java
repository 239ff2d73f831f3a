package dev.aihire.compiled;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the compact binary form: varints, doubles as their exact bits, and strings as
 * references into one table of distinct strings (a signal phrase, a stem or a role id is stored
 * once however often it is used). {@link #finish} writes the table, then the body.
 */
public final class CompactOut {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
  private final DataOutputStream body = new DataOutputStream(bytes);
  private final Map<String, Integer> table = new LinkedHashMap<>();

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
    if (s == null) {
      varint(0);
      return;
    }
    Integer ref = table.get(s);
    if (ref == null) {
      ref = table.size() + 1;
      table.put(s, ref);
    }
    varint(ref);
  }

  public void strings(List<String> list) {
    varint(list.size());
    for (String s : list) {
      string(s);
    }
  }

  /** Table of strings, then the body. */
  public void finish(DataOutputStream out) throws IOException {
    out.writeInt(table.size());
    for (String s : table.keySet()) {
      byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
      out.writeInt(utf8.length);
      out.write(utf8);
    }
    body.flush();
    out.writeInt(bytes.size());
    bytes.writeTo((OutputStream) out);
  }
}
