package dev.aihire.resource;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * The product's jar read as a zip by hand, for its own files only (those under {@code dev/aihire/}
 * that are not classes). {@link java.util.zip.ZipFile} hashes every one of the jar's 2,500 names
 * when it opens it, through code a JVM runs for the first time: ~5 ms of a one-line answer, on the
 * thread the answer waits for. Here one pass over the central directory keeps the few names that
 * matter. A jar this cannot read (ZIP64, a name it does not hold, a method other than stored or
 * deflated) is left to {@code ZipFile}: {@link #read} then returns null.
 */
final class OwnJar {
  private static final String PREFIX = "dev/aihire/";
  private static final int END_SIGNATURE = 0x06054b50;
  private static final int CEN_SIGNATURE = 0x02014b50;
  private static final int LOC_SIGNATURE = 0x04034b50;
  private static final int END_SIZE = 22;
  private static final int STORED = 0;
  private static final int DEFLATED = 8;

  /** One file: its method, the offset of its local header, its sizes. */
  private record Entry(int method, long localHeader, long compressed, long size) {}

  private final RandomAccessFile file;
  private final Map<String, Entry> entries;

  private OwnJar(RandomAccessFile file, Map<String, Entry> entries) {
    this.file = file;
    this.entries = entries;
  }

  /**
   * The jar's own files, or null when it is not a zip this class reads or does not hold {@code
   * ownClass} (a build tool's launcher jar).
   */
  static OwnJar read(String path, String ownClass) {
    RandomAccessFile file = null;
    try {
      file = new RandomAccessFile(path, "r");
      Map<String, Entry> entries = ownEntries(file, ownClass);
      if (entries != null) {
        return new OwnJar(file, entries);
      }
    } catch (IOException | RuntimeException e) {
      // not readable here: ZipFile reads it, or says why it cannot
    }
    if (file != null) {
      try {
        file.close();
      } catch (IOException e) {
        // nothing was read from it
      }
    }
    return null;
  }

  /** Whether {@code name} is one of the files this class reads (found or not). */
  static boolean covers(String name) {
    return name.startsWith(PREFIX) && !name.endsWith(".class");
  }

  /** The file's bytes as a stream whose {@code skip} moves a position; null if there is none. */
  InputStream open(String name) throws IOException {
    Entry e = entries.get(name);
    if (e == null) {
      return null;
    }
    byte[] local = new byte[30];
    readFully(e.localHeader(), local, 0, local.length);
    if (int32(local, 0) != LOC_SIGNATURE) {
      throw new IOException("bad local header for " + name);
    }
    long data = e.localHeader() + 30 + uint16(local, 26) + uint16(local, 28);
    InputStream region = new Region(data, e.compressed());
    return e.method() == STORED ? region : new InflaterInputStream(region, new Inflater(true));
  }

  private static Map<String, Entry> ownEntries(RandomAccessFile file, String ownClass)
      throws IOException {
    long length = file.length();
    int tailLength = (int) Math.min(length, END_SIZE + 0xFFFF);
    byte[] tail = new byte[tailLength];
    file.seek(length - tailLength);
    file.readFully(tail);
    int end = -1;
    for (int i = tailLength - END_SIZE; i >= 0; i--) {
      if (int32(tail, i) == END_SIGNATURE && i + END_SIZE + uint16(tail, i + 20) == tailLength) {
        end = i;
        break;
      }
    }
    if (end < 0) {
      return null;
    }
    int count = uint16(tail, end + 10);
    long cenSize = uint32(tail, end + 12);
    long cenOffset = uint32(tail, end + 16);
    if (count == 0xFFFF || cenSize == 0xFFFFFFFFL || cenOffset == 0xFFFFFFFFL) {
      return null; // ZIP64
    }
    if (cenOffset + cenSize > length - tailLength + end) {
      return null;
    }
    byte[] cen = new byte[(int) cenSize];
    file.seek(cenOffset);
    file.readFully(cen);
    byte[] prefix = PREFIX.getBytes(StandardCharsets.US_ASCII);
    Map<String, Entry> entries = new HashMap<>();
    boolean product = false;
    int p = 0;
    boolean inside = false;
    // Interpreted code (a JVM runs this once): plain array reads, no calls. The build writes the
    // product's entries together, before its libraries', so the scan ends with them (the 470 of
    // 2,500 names); one that sat elsewhere would only be left to the ZipFile.
    for (int i = 0; i < count; i++) {
      if (p + 46 > cen.length) {
        return null;
      }
      int nameLength = (cen[p + 28] & 0xFF) | (cen[p + 29] & 0xFF) << 8;
      int next =
          p
              + 46
              + nameLength
              + ((cen[p + 30] & 0xFF) | (cen[p + 31] & 0xFF) << 8)
              + ((cen[p + 32] & 0xFF) | (cen[p + 33] & 0xFF) << 8);
      if (nameLength > prefix.length
          && next <= cen.length
          && cen[p + 46] == 'd'
          && startsWith(cen, p + 46, prefix)) {
        if (int32(cen, p) != CEN_SIGNATURE) {
          return null;
        }
        inside = true;
        String name = new String(cen, p + 46, nameLength, StandardCharsets.UTF_8);
        product |= name.equals(ownClass);
        int method = uint16(cen, p + 10);
        long compressed = uint32(cen, p + 20);
        long size = uint32(cen, p + 24);
        if (covers(name)
            && (method == STORED && compressed == size || method == DEFLATED)
            && compressed != 0xFFFFFFFFL
            && size != 0xFFFFFFFFL) {
          entries.put(name, new Entry(method, uint32(cen, p + 42), compressed, size));
        }
      } else if (inside) {
        break;
      }
      p = next;
    }
    if (p > cen.length) {
      return null;
    }
    return product ? entries : null;
  }

  private static boolean startsWith(byte[] b, int at, byte[] prefix) {
    for (int i = 0; i < prefix.length; i++) {
      if (b[at + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** Reads at a position; one file pointer serves every thread, so seek and read go together. */
  private synchronized int readAt(long position, byte[] b, int off, int len) throws IOException {
    file.seek(position);
    return file.read(b, off, len);
  }

  private void readFully(long position, byte[] b, int off, int len) throws IOException {
    while (len > 0) {
      int n = readAt(position, b, off, len);
      if (n < 0) {
        throw new IOException("the jar ends early");
      }
      position += n;
      off += n;
      len -= n;
    }
  }

  private static int uint16(byte[] b, int at) {
    return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
  }

  private static int int32(byte[] b, int at) {
    return uint16(b, at) | uint16(b, at + 2) << 16;
  }

  private static long uint32(byte[] b, int at) {
    return int32(b, at) & 0xFFFFFFFFL;
  }

  /** A file's bytes in the jar: reads at a position of its own, skips by moving it. */
  private final class Region extends InputStream {
    private long position;
    private final long end;

    Region(long start, long length) {
      this.position = start;
      this.end = start + length;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      if (position >= end) {
        return -1;
      }
      int n = readAt(position, b, off, (int) Math.min(len, end - position));
      if (n < 0) {
        throw new IOException("the jar ends early");
      }
      position += n;
      return n;
    }

    @Override
    public long skip(long n) {
      long skipped = Math.max(0, Math.min(n, end - position));
      position += skipped;
      return skipped;
    }

    @Override
    public int available() {
      return (int) Math.min(Integer.MAX_VALUE, end - position);
    }
  }
}
