package dev.aihire.cli;

import java.io.IOException;
import java.io.Writer;

/**
 * A writer that remembers the first error of the writer under it. A {@code PrintWriter} never
 * throws, it only sets a flag; this keeps the cause, so a full disk (exit 74, with a message) can
 * be told from a reader that went away ({@code | head}: quiet, as other tools are).
 */
public final class WriteTrap extends Writer {
  private final Writer out;
  private volatile IOException failure;

  public WriteTrap(Writer out) {
    this.out = out;
  }

  /** The first error seen, or null. */
  public IOException failure() {
    return failure;
  }

  @Override
  public void write(char[] buf, int off, int len) throws IOException {
    try {
      out.write(buf, off, len);
    } catch (IOException e) {
      throw seen(e);
    }
  }

  @Override
  public void write(String s, int off, int len) throws IOException {
    try {
      out.write(s, off, len);
    } catch (IOException e) {
      throw seen(e);
    }
  }

  @Override
  public void flush() throws IOException {
    try {
      out.flush();
    } catch (IOException e) {
      throw seen(e);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      out.close();
    } catch (IOException e) {
      throw seen(e);
    }
  }

  private IOException seen(IOException e) {
    if (failure == null) {
      failure = e;
    }
    return e;
  }
}
