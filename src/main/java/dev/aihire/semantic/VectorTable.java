package dev.aihire.semantic;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The int8 token vectors, read lazily: a text's rows are read in id order from a stream that skips
 * the rows in between. The table is a STORED zip entry (in the resource and in the product's jar),
 * for which {@code skip} moves a file position instead of inflating, so one need touches only its
 * own rows: about 25 reads of 132 bytes, not 3.9 MB. After a number of separate fetches (a batch of
 * needs) the rest of the table is read in one sequential pass.
 */
final class VectorTable {
  static final int MAGIC = 0x41485356; // "AHSV"
  static final int VERSION = 1;

  /** Separate fetches after which reading all remaining rows at once is cheaper. */
  private static final int FETCHES_BEFORE_FULL_READ = 16;

  private final TableFile source;
  private final int dims;
  private final int rows;
  private final int firstId;
  private final int rowBytes;
  private final float[] scales;
  private final byte[][] loaded;
  private InputStream stream;
  private long position;
  private int fetches;
  private boolean complete;

  private VectorTable(TableFile source, int dims, int rows, int firstId, InputStream stream) {
    this.source = source;
    this.dims = dims;
    this.rows = rows;
    this.firstId = firstId;
    this.rowBytes = 4 + dims;
    this.scales = new float[rows];
    this.loaded = new byte[rows][];
    this.stream = stream;
  }

  /**
   * Reads the header of {@code vectors.bin} (magic, version, dims, rows, first id, body length,
   * CRC-32 of the body); {@code in} is left at the first row and kept for the first fetch.
   */
  static VectorTable read(DataInputStream in, TableFile source) throws IOException {
    if (in.readInt() != MAGIC || in.readInt() != VERSION) {
      throw new IOException("not a token vector table of version " + VERSION);
    }
    int dims = in.readInt();
    int rows = in.readInt();
    int firstId = in.readInt();
    long bodyLength = in.readInt() & 0xffffffffL;
    in.readInt(); // CRC-32 of the body: checked by the tests, not on every start
    if (dims <= 0
        || dims > 4096
        || rows <= 0
        || firstId < 0
        || bodyLength != (long) rows * (4 + dims)) {
      throw new IOException("token vector header is inconsistent");
    }
    return new VectorTable(source, dims, rows, firstId, in);
  }

  int dims() {
    return dims;
  }

  /** Adds the vector of token {@code id} to {@code sum}; false when the id has no row. */
  boolean addTo(float[] sum, int id) {
    int row = id - firstId;
    if (row < 0 || row >= rows) {
      return false;
    }
    byte[] q = loaded[row];
    float scale = scales[row];
    for (int k = 0; k < dims; k++) {
      sum[k] += scale * q[k];
    }
    return true;
  }

  /** Whether token {@code id} has a row (its vector is then in memory once it was loaded). */
  boolean hasRow(int id) {
    int row = id - firstId;
    return row >= 0 && row < rows;
  }

  /**
   * Writes the vector of token {@code id}, which has a loaded row, to {@code out[at, at + dims)}:
   * the very products {@link #addTo} adds.
   */
  void copyTo(float[] out, int at, int id) {
    int row = id - firstId;
    byte[] q = loaded[row];
    float scale = scales[row];
    for (int k = 0; k < dims; k++) {
      out[at + k] = scale * q[k];
    }
  }

  /** Makes sure the rows of these token ids are in memory; ids without a row are ignored. */
  synchronized void load(int[] ids) throws IOException {
    if (complete) {
      return;
    }
    int[] wanted = new int[ids.length];
    int count = 0;
    for (int id : ids) {
      int row = id - firstId;
      if (row >= 0 && row < rows && loaded[row] == null) {
        wanted[count++] = row;
      }
    }
    if (count == 0) {
      return;
    }
    if (++fetches > FETCHES_BEFORE_FULL_READ) {
      readAll();
      return;
    }
    Arrays.sort(wanted, 0, count);
    for (int i = 0; i < count; i++) {
      int row = wanted[i];
      if (loaded[row] == null) {
        readRow(row);
      }
    }
  }

  private void readAll() throws IOException {
    for (int row = 0; row < rows; row++) {
      if (loaded[row] == null) {
        readRow(row);
      }
    }
    complete = true;
    closeStream();
  }

  private void readRow(int row) throws IOException {
    long offset = (long) row * rowBytes;
    if (stream == null || offset < position) {
      closeStream();
      stream = source.openAtFirstRow();
      position = 0;
    }
    skipFully(stream, offset - position);
    byte[] bytes = new byte[rowBytes];
    readFully(stream, bytes);
    position = offset + rowBytes;
    int bits =
        ((bytes[0] & 0xff) << 24)
            | ((bytes[1] & 0xff) << 16)
            | ((bytes[2] & 0xff) << 8)
            | (bytes[3] & 0xff);
    scales[row] = Float.intBitsToFloat(bits);
    loaded[row] = Arrays.copyOfRange(bytes, 4, rowBytes);
  }

  private void closeStream() throws IOException {
    if (stream != null) {
      stream.close();
      stream = null;
    }
  }

  static void skipFully(InputStream in, long n) throws IOException {
    while (n > 0) {
      long skipped = in.skip(n);
      if (skipped <= 0) {
        if (in.read() < 0) {
          throw new IOException("token vector table ends early");
        }
        skipped = 1;
      }
      n -= skipped;
    }
  }

  private static void readFully(InputStream in, byte[] bytes) throws IOException {
    int at = 0;
    while (at < bytes.length) {
      int n = in.read(bytes, at, bytes.length - at);
      if (n < 0) {
        throw new IOException("token vector table ends early");
      }
      at += n;
    }
  }
}
