package dev.aihire.compiled.binary;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The distinct strings of a compiled file, read in place: an offset table into one UTF-8 blob, each
 * string decoded the first time something asks for it. A command that reads three roles of a
 * thousand decodes the strings of three roles, not the whole file's.
 *
 * <p>Layout (written by {@link CompactOut#finish}): int32 count n, n + 1 int32 offsets (ascending,
 * relative to the blob), the blob. Reference 0 is null; reference i is string i-1.
 */
public final class StringTable {
  private final ByteBuffer buf;
  private final int offsets;
  private final int blob;
  private final int count;

  /**
   * The strings decoded so far, in pages of {@link #PAGE} made as first needed: a knowledge file
   * 100 times the shipped one holds 600,000 strings, of which an answer decodes a few hundred, and
   * one array for all of them was 2.4 MB that every such run allocated and cleared (with the rest,
   * enough to make a one-line answer stop for two collections).
   */
  private final String[][] decoded;

  private static final int PAGE_BITS = 10;
  private static final int PAGE = 1 << PAGE_BITS;

  /** Where the table ends in the buffer: the next part of the file starts there. */
  private final int end;

  private StringTable(ByteBuffer buf, int offsets, int blob, int count, int end) {
    this.buf = buf;
    this.offsets = offsets;
    this.blob = blob;
    this.count = count;
    this.decoded = new String[(count + PAGE - 1) >>> PAGE_BITS][];
    this.end = end;
  }

  /** The table starting at {@code at}; checks its bounds, not its strings (those on use). */
  public static StringTable read(ByteBuffer buf, int at, int limit) {
    CompactIn in = new CompactIn(buf, at, limit, null);
    int n = in.int32();
    if (n < 0 || n > (limit - in.position()) / 4 - 1) {
      throw new CorruptException("bad string table size " + n);
    }
    int offsets = in.position();
    int blob = offsets + 4 * (n + 1);
    int blobLength = intAt(buf, offsets + 4 * n);
    if (intAt(buf, offsets) != 0 || blobLength < 0 || blobLength > limit - blob) {
      throw new CorruptException("bad string table");
    }
    return new StringTable(buf, offsets, blob, n, blob + blobLength);
  }

  public int end() {
    return end;
  }

  public int size() {
    return count;
  }

  /** The string a reference names; null for reference 0. */
  public String get(int ref) {
    if (ref == 0) {
      return null;
    }
    int i = ref - 1;
    if (i < 0 || i >= count) {
      throw new CorruptException("bad string reference " + ref);
    }
    String[] page = decoded[i >>> PAGE_BITS];
    if (page == null) {
      // Two threads may each make this page; one page is then lost with what it held, never a
      // string: each is decoded again from the same bytes.
      page = new String[PAGE];
      decoded[i >>> PAGE_BITS] = page;
    }
    String s = page[i & (PAGE - 1)];
    if (s == null) {
      int from = intAt(buf, offsets + 4 * i);
      int to = intAt(buf, offsets + 4 * i + 4);
      if (from < 0 || to < from || blob + to > end) {
        throw new CorruptException("bad string offsets");
      }
      byte[] utf8 = new byte[to - from];
      buf.get(blob + from, utf8);
      s = new String(utf8, StandardCharsets.UTF_8);
      page[i & (PAGE - 1)] = s;
    }
    return s;
  }

  static int intAt(ByteBuffer buf, int at) {
    return buf.getInt(at); // big-endian, as DataOutput wrote it
  }
}
