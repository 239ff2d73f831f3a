package dev.aihire.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The free text of team and triage: the words joined, or stdin for '-'; never empty. */
final class TextArgument {
  /** Text longer than this is cut: what matters in a need or an incident is near the top. */
  static final int MAX_BYTES = 1024 * 1024;

  private TextArgument() {}

  /**
   * The text, or a usage error naming {@code what} and an example of the command when none
   * was given or it is blank.
   */
  static String read(List<String> words, Io io, String what, String example) throws IOException {
    if (words == null || words.isEmpty()) {
      throw AppException.usage("describe the " + what + ": " + example + ", or '-' to read it"
          + " from stdin");
    }
    String text;
    if (words.size() == 1 && words.get(0).equals("-")) {
      if (io.stdinIsTerminal()) {
        io.err().println("aihire: reading the " + what + " from the terminal; end it with"
            + " Ctrl-D");
      }
      text = readBounded(io.in());
    } else {
      text = String.join(" ", words);
    }
    if (text.isBlank()) {
      throw AppException.usage("the " + what + " is empty; for example: " + example);
    }
    return text;
  }

  private static String readBounded(InputStream in) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    byte[] buf = new byte[64 * 1024];
    int n;
    while ((n = in.read(buf)) > 0) {
      if (b.size() < MAX_BYTES) {
        b.write(buf, 0, Math.min(n, MAX_BYTES - b.size()));
      }
    }
    return b.toString(StandardCharsets.UTF_8);
  }
}
