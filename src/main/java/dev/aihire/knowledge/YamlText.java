package dev.aihire.knowledge;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The checks a knowledge file's bytes pass before the YAML parser sees them: within the size limit,
 * strict UTF-8, not empty, and no line long enough to make the parser slow. Each failure is one
 * problem where it stands; the text is not parsed then.
 */
final class YamlText {
  /**
   * SnakeYAML re-copies its read-ahead buffer for every 1,024 characters of a token, so one long
   * line costs time quadratic in its length: a 12 MB one-line scalar took two minutes. Knowledge is
   * prose; no real line comes near this.
   */
  static final int MAX_LINE_CHARS = 100_000;

  private final String file;
  private final List<Problem> problems;

  YamlText(String file, List<Problem> problems) {
    this.file = file;
    this.problems = problems;
  }

  /** The text to parse (without a byte-order mark), or null when a problem was reported. */
  String check(byte[] bytes) {
    if (bytes.length > YamlReader.MAX_BYTES) {
      problem(
          1,
          1,
          "the file is "
              + mib(bytes.length)
              + ", over the limit of "
              + mib(YamlReader.MAX_BYTES)
              + "; is this really a knowledge file?");
      return null;
    }
    String text = decode(bytes);
    if (text == null) {
      return null;
    }
    if (text.isBlank()) {
      problem(1, 1, "the file is empty; a knowledge file needs at least 'version: 1' and 'roles:'");
      return null;
    }
    if (!linesShortEnough(text)) {
      return null;
    }
    return text;
  }

  private boolean linesShortEnough(String text) {
    int line = 1;
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == '\n') {
        if (i - start > MAX_LINE_CHARS) {
          problem(
              line,
              1,
              String.format(
                  "line %d is %,d characters long, over the limit of %,d;"
                      + " break it into shorter lines",
                  line, i - start, MAX_LINE_CHARS));
          return false;
        }
        line++;
        start = i + 1;
      }
    }
    return true;
  }

  /** Strict UTF-8: a stray Latin-1 byte is reported where it stands, not turned into '?'. */
  private String decode(byte[] bytes) {
    // The JDK's own decoding (a copy, for ASCII) puts U+FFFD for every malformed sequence: text
    // without one was strict UTF-8, and is what the strict decoder gives. Only text with a U+FFFD,
    // meant or not, goes through the decoder below, which finds where a bad byte stands; its
    // buffer of two bytes a character was most of this check's time and memory on a large file.
    String fast = new String(bytes, StandardCharsets.UTF_8);
    if (fast.indexOf('\uFFFD') < 0) {
      return fast.startsWith("\uFEFF") ? fast.substring(1) : fast;
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      String text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      int offset = firstBadOffset(bytes);
      int line = 1;
      int col = 1;
      for (int i = 0; i < offset; i++) {
        if (bytes[i] == '\n') {
          line++;
          col = 1;
        } else if ((bytes[i] & 0xC0) != 0x80) {
          col++;
        }
      }
      problem(
          line,
          col,
          String.format(
              "not UTF-8 text (byte 0x%02X); save the file as UTF-8", bytes[offset] & 0xFF));
      return null;
    }
  }

  private static int firstBadOffset(byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    decoder.decode(in, out, true);
    return Math.min(in.position(), bytes.length - 1);
  }

  /** 1-based line and column of a code-point offset. */
  static int[] lineCol(String text, int codePoints) {
    int line = 1;
    int col = 1;
    int i = 0;
    for (int cp = 0; cp < codePoints && i < text.length(); cp++) {
      char c = text.charAt(i);
      i += Character.charCount(text.codePointAt(i));
      if (c == '\n') {
        line++;
        col = 1;
      } else {
        col++;
      }
    }
    return new int[] {line, col};
  }

  private void problem(int line, int col, String message) {
    problems.add(new Problem(file, line, col, message));
  }

  private static String mib(long bytes) {
    return String.format("%.1f MiB", bytes / 1024.0 / 1024.0);
  }
}
