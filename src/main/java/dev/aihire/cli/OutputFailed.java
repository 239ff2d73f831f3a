package dev.aihire.cli;

import java.io.IOException;

/** Standard output could not be written; {@code cause} is null when the writer cannot say. */
final class OutputFailed extends RuntimeException {
  OutputFailed(IOException cause) {
    super(cause == null ? "write failed" : cause.getMessage(), cause, false, false);
  }

  /** A reader that went away ({@code | head -1}) is no failure worth a message. */
  boolean readerWentAway() {
    return getCause() == null || String.valueOf(getCause().getMessage()).contains("Broken pipe");
  }
}
