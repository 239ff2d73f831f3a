package dev.aihire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.aihire.render.Json;
import dev.aihire.shell.BoundedLines;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The batch reader on any bytes: {@link BoundedLines} splits them into numbered lines without ever
 * holding more than its limit, and {@link BatchLine#parse} answers every line with either a text or
 * an error, never an exception.
 */
class BatchReaderFuzzTest {
  @FuzzTest(maxDuration = "5m")
  void everyLineIsReadAndAnswered(FuzzedDataProvider data) throws IOException {
    int max = data.consumeInt(1, 64);
    int chunk = data.consumeInt(1, 17);
    byte[] bytes = data.consumeRemainingAsBytes();
    BoundedLines lines = new BoundedLines(new Trickle(bytes, chunk), max);
    int newlines = 0;
    for (byte b : bytes) {
      if (b == '\n') {
        newlines++;
      }
    }
    int expected = bytes.length == 0 ? 0 : newlines + (bytes[bytes.length - 1] == '\n' ? 0 : 1);
    int n = 0;
    long total = 0;
    BoundedLines.Line line;
    while ((line = lines.next()) != null) {
      n++;
      assertThat(line.number()).isEqualTo(n);
      total += line.bytes();
      if (line.tooLong()) {
        assertThat(line.bytes()).isGreaterThan(max);
        assertThat(line.text()).isEmpty();
      } else {
        assertThat(line.bytes()).isLessThanOrEqualTo(max);
        assertThat(line.text()).doesNotContain("\n");
        BatchLine parsed = BatchLine.parse(line.text());
        assertThat(parsed.text() == null).isNotEqualTo(parsed.error() == null);
        if (parsed.text() != null) {
          assertThat(parsed.text()).isNotBlank();
        }
      }
    }
    assertThat(n).isEqualTo(expected);
    assertThat(total).isEqualTo(bytes.length - newlines);
  }

  @FuzzTest(maxDuration = "5m")
  void anyLineParsesToTextOrError(FuzzedDataProvider data) {
    String line = data.consumeRemainingAsString();
    BatchLine parsed = BatchLine.parse(line);
    assertThat(parsed.text() == null).isNotEqualTo(parsed.error() == null);
    if (parsed.id() != null) {
      assertThat(parsed.id()).isInstanceOfAny(String.class, Json.Raw.class);
    }
  }

  /** Hands out a few bytes a read, like a pipe does, to test lines split across reads. */
  private static final class Trickle extends InputStream {
    private final ByteArrayInputStream in;
    private final int chunk;

    Trickle(byte[] bytes, int chunk) {
      this.in = new ByteArrayInputStream(bytes);
      this.chunk = chunk;
    }

    @Override
    public int read() {
      return in.read();
    }

    @Override
    public int read(byte[] b, int off, int len) {
      return in.read(b, off, Math.min(len, chunk));
    }
  }
}
