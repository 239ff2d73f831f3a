package dev.aihire.shell;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads lines from a byte stream without ever holding more than {@code max} bytes of one line: a 10
 * MB line in a batch is reported as too long and skipped, not slurped. Invalid UTF-8 becomes
 * U+FFFD, so a bad byte spoils one character, not the line. A line that goes on past {@code
 * endless} bytes ({@code /dev/zero}, a pipe with no line breaks) ends the reading with {@link
 * Endless}: skipping it would never end.
 */
public final class BoundedLines {
  /** A line, or the fact that it was too long (its text is then empty). */
  public record Line(int number, String text, boolean tooLong, long bytes) {}

  /** A line longer than any input of this kind could sensibly hold. */
  public static final class Endless extends IOException {
    final int line;
    final long limit;

    Endless(int line, long limit) {
      super(
          "line "
              + line
              + " goes on past "
              + (limit % (1 << 20) == 0 ? (limit >> 20) + " MiB" : limit + " bytes")
              + " without a line break",
          null);
      this.line = line;
      this.limit = limit;
    }
  }

  private final InputStream in;
  private final int max;
  private final long endless;
  private final byte[] buf = new byte[64 * 1024];
  private int pos;
  private int len;
  private int number;
  private boolean eof;

  public BoundedLines(InputStream in, int max) {
    this(in, max, Long.MAX_VALUE);
  }

  public BoundedLines(InputStream in, int max, long endless) {
    this.in = in;
    this.max = max;
    this.endless = endless;
  }

  /** The next line, or null at the end of input. */
  public Line next() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream(256);
    long bytes = 0;
    boolean any = false;
    while (true) {
      if (pos == len) {
        if (eof) {
          break;
        }
        len = in.read(buf);
        pos = 0;
        if (len <= 0) {
          len = 0;
          eof = true;
          break;
        }
      }
      any = true;
      int start = pos;
      while (pos < len && buf[pos] != '\n') {
        pos++;
      }
      int chunk = pos - start;
      if (bytes + chunk <= max) {
        line.write(buf, start, chunk);
      }
      bytes += chunk;
      if (bytes > endless) {
        throw new Endless(number + 1, endless);
      }
      if (pos < len) {
        pos++; // the newline
        return make(line, bytes);
      }
    }
    return any ? make(line, bytes) : null;
  }

  private Line make(ByteArrayOutputStream line, long bytes) {
    number++;
    if (bytes > max) {
      return new Line(number, "", true, bytes);
    }
    String text = line.toString(StandardCharsets.UTF_8);
    if (text.endsWith("\r")) {
      text = text.substring(0, text.length() - 1);
    }
    return new Line(number, text, false, bytes);
  }
}
