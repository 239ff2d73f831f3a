package dev.aihire.cli;

import dev.aihire.render.Text;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads one job posting: at most {@link #MAX_BYTES} (a posting is a few pages; a 40 MB file is
 * something else and is refused, not slurped), decoded by its byte-order mark (UTF-8, UTF-16 LE or
 * BE) or as UTF-8, and refused when it looks binary.
 */
final class PostingReader {
  static final int MAX_BYTES = 1024 * 1024;

  private PostingReader() {}

  /** The posting named on the command line: a file, or stdin for '-'. */
  static String argument(Context ctx, String file) throws IOException {
    if (file.equals("-")) {
      InputStream in = ctx.stdin("give the posting as a file: aihire check FILE");
      if (ctx.io().stdinIsTerminal()) {
        ctx.note("reading the posting from the terminal; end it with Ctrl-D");
      }
      return read(in, "stdin");
    }
    try (InputStream in = InputFiles.open("check", file, "a posting file")) {
      return read(in, file);
    }
  }

  /** The posting's text; {@code shown} names the source in messages ("job.md", "stdin"). */
  static String read(InputStream in, String shown) throws IOException {
    byte[] bytes = in.readNBytes(MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      throw AppException.usage(
          Text.safe(shown)
              + " is over "
              + (MAX_BYTES / 1024 / 1024)
              + " MB; a job posting is a few pages of text: give the posting itself");
    }
    String text = decode(bytes);
    if (text.indexOf('\0') >= 0) {
      throw AppException.usage(
          Text.safe(shown)
              + " looks like a binary file, not a posting;"
              + " give the posting as Markdown or plain text");
    }
    if (text.isBlank()) {
      throw AppException.usage(
          Text.safe(shown) + " is empty; give a posting with a title" + " and its duties");
    }
    return text;
  }

  static String decode(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return text(b, 3, StandardCharsets.UTF_8);
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return text(b, 2, StandardCharsets.UTF_16LE);
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return text(b, 2, StandardCharsets.UTF_16BE);
    }
    return text(b, 0, StandardCharsets.UTF_8);
  }

  private static String text(byte[] b, int from, Charset charset) {
    return new String(Arrays.copyOfRange(b, from, b.length), charset);
  }
}
