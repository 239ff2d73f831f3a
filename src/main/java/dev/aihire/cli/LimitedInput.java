package dev.aihire.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * An input that fails once more than {@code limit} bytes have come: an answers file is a few short
 * lines, so {@code --answers /dev/zero} or an endless pipe ends with a clear message instead of
 * growing for ever.
 */
final class LimitedInput extends FilterInputStream {
  /** Thrown when the input goes past its limit. */
  static final class TooLong extends IOException {
    TooLong(long limit) {
      super(
          "more than " + limit / 1024 + " KiB; an answers file holds one short answer a line",
          null);
    }
  }

  private final long limit;
  private long read;

  LimitedInput(InputStream in, long limit) {
    super(in);
    this.limit = limit;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (read > limit) {
      throw new TooLong(limit);
    }
    int n = super.read(b, off, (int) Math.min(len, limit + 1 - read));
    if (n > 0) {
      read += n;
      if (read > limit) {
        throw new TooLong(limit);
      }
    }
    return n;
  }
}
