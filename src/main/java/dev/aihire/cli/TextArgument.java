package dev.aihire.cli;

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
   * The text, or a usage error naming {@code what} and an example of the command when none was
   * given or it is blank.
   */
  static String read(Context ctx, List<String> words, String what, String example)
      throws IOException {
    if (words.isEmpty()) {
      throw AppException.usage(
          "describe the " + what + ": " + example + ", or '-' to read it" + " from stdin");
    }
    String text;
    if (words.size() == 1 && words.get(0).equals("-")) {
      InputStream in = ctx.stdin("give the " + what + " as text: " + example);
      if (ctx.io().stdinIsTerminal()) {
        ctx.note("reading the " + what + " from the terminal; end it with Ctrl-D");
      }
      // No further than the limit: an endless pipe must not keep us here.
      text = new String(in.readNBytes(MAX_BYTES), StandardCharsets.UTF_8);
    } else {
      text = String.join(" ", words);
    }
    if (text.isBlank()) {
      throw AppException.usage("the " + what + " is empty; for example: " + example);
    }
    return text;
  }
}
