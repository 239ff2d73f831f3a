package dev.aihire.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The free text of recommend, team and triage: the words joined, or stdin for '-'; never empty. */
final class TextArgument {
  /** Text longer than this is cut: what matters in a need or an incident is near the top. */
  static final int MAX_BYTES = 1024 * 1024;

  /** Recommend's need is cut later: the evidence of a need is in its first few pages. */
  static final int MAX_NEED_BYTES = 4 * 1024 * 1024;

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
    String text = wordsOrStdin(ctx, words, what, example, MAX_BYTES);
    if (text.isBlank()) {
      throw AppException.usage("the " + what + " is empty; for example: " + example);
    }
    return text;
  }

  /** Recommend's need, whose messages also offer --batch and describe the work to give. */
  static String need(Context ctx, List<String> words) throws IOException {
    if (words.isEmpty()) {
      throw AppException.usage(
          "describe the need: aihire recommend \"TEXT\", or '-' to read it"
              + " from stdin, or --batch FILE");
    }
    String need = wordsOrStdin(ctx, words, "need", "aihire recommend \"TEXT\"", MAX_NEED_BYTES);
    if (need.isBlank()) {
      throw AppException.usage(
          "the need is empty; describe the work, e.g. aihire recommend"
              + " \"we need a chatbot on our docs\"");
    }
    return need;
  }

  private static String wordsOrStdin(
      Context ctx, List<String> words, String what, String example, int maxBytes)
      throws IOException {
    if (words.size() > 1 && words.get(0).equals("-")) {
      // Read as text, "- more words" would answer a need nobody wrote, and leave stdin unread.
      throw AppException.usage(
          "'-' reads the " + what + " from stdin on its own; give either '-' or the words");
    }
    if (words.size() == 1 && words.get(0).equals("-")) {
      InputStream in = ctx.stdin("give the " + what + " as text: " + example);
      if (ctx.io().stdinIsTerminal()) {
        ctx.note("reading the " + what + " from the terminal; end it with Ctrl-D");
      }
      // No further than the limit: an endless pipe or a device must not keep us here. The line
      // break that ends what was piped is not part of the need ("query" echoes it).
      return new String(in.readNBytes(maxBytes), StandardCharsets.UTF_8).stripTrailing();
    }
    return String.join(" ", words);
  }
}
