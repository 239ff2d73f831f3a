package dev.aihire.knowledge;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Reads YAML text into a {@link Node} tree with positions. It refuses what would silently change
 * the meaning of a knowledge file: anchors and aliases (Jackson would read {@code *x} as the string
 * "x"), duplicate keys (last one would win), and nesting deep enough to be an attack. Reading stops
 * at the first syntax error, since nothing after it can be trusted.
 */
final class YamlReader {
  /** Large enough for a knowledge file 100 times the shipped one; a typo'd path to a log is not. */
  static final int MAX_BYTES = 64 * 1024 * 1024;

  static final int MAX_DEPTH = 64;

  /**
   * SnakeYAML re-copies its read-ahead buffer for every 1,024 characters of a token, so one long
   * line costs time quadratic in its length: a 12 MB one-line scalar took two minutes. Knowledge is
   * prose; no real line comes near this.
   */
  static final int MAX_LINE_CHARS = 100_000;

  private final String file;
  private final List<Problem> problems;

  YamlReader(String file, List<Problem> problems) {
    this.file = file;
    this.problems = problems;
  }

  /** Returns the root node, or null when the text could not be read at all. */
  Node read(byte[] bytes) {
    if (bytes.length > MAX_BYTES) {
      problem(
          1,
          1,
          "the file is "
              + mib(bytes.length)
              + ", over the limit of "
              + mib(MAX_BYTES)
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
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(MAX_BYTES);
    YAMLFactory factory = YAMLFactory.builder().loaderOptions(options).build();
    factory.setStreamReadConstraints(
        StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH * 2 + 8).build());
    try (JsonParser parser = factory.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        problem(1, 1, "the file holds no YAML document");
        return null;
      }
      Node root = readValue((YAMLParser) parser, 0);
      if (root != null && parser.nextToken() != null) {
        JsonLocation at = parser.currentTokenLocation();
        problem(
            at.getLineNr(),
            at.getColumnNr(),
            "a second YAML document ('---') follows; put everything in one document");
      }
      return root;
    } catch (DepthExceeded e) {
      return null;
    } catch (JsonProcessingException e) {
      if (e.getCause() instanceof MarkedYAMLException m && m.getProblemMark() != null) {
        // SnakeYAML knows where the problem is and what it is; Jackson's first line is context.
        String what = m.getProblem() == null ? "syntax error" : m.getProblem();
        String context = m.getContext() == null ? "" : " (" + m.getContext() + ")";
        problem(
            m.getProblemMark().getLine() + 1,
            m.getProblemMark().getColumn() + 1,
            "not valid YAML: " + firstLine(what) + context);
        return null;
      }
      if (e.getCause() instanceof ReaderException r) {
        int[] lineCol = lineCol(text, r.getPosition());
        problem(
            lineCol[0],
            lineCol[1],
            String.format(
                "character U+%04X is not allowed in YAML;" + " is this a binary file?",
                r.getCodePoint()));
        return null;
      }
      JsonLocation at = e.getLocation();
      problem(
          at == null ? 1 : at.getLineNr(),
          at == null ? 1 : at.getColumnNr(),
          "not valid YAML: " + firstLine(e.getOriginalMessage()));
      return null;
    } catch (IOException e) {
      problem(1, 1, "cannot read: " + e.getMessage());
      return null;
    }
  }

  private Node readValue(YAMLParser p, int depth) throws IOException {
    JsonToken t = p.currentToken();
    JsonLocation at = p.currentTokenLocation();
    int line = at.getLineNr();
    int col = at.getColumnNr();
    if (depth > MAX_DEPTH) {
      problem(
          line,
          col,
          "nested more than "
              + MAX_DEPTH
              + " levels deep; a knowledge file needs"
              + " at most a few");
      throw new DepthExceeded();
    }
    if (p.getCurrentAnchor() != null) {
      problem(
          line,
          col,
          "YAML anchor '&"
              + p.getCurrentAnchor()
              + "' is not allowed; write the"
              + " value out in full");
    }
    if (p.isCurrentAlias()) {
      problem(
          line,
          col,
          "YAML alias '*"
              + p.getText()
              + "' is not allowed; write the value out in"
              + " full (an alias would be read as the plain string '"
              + p.getText()
              + "')");
      return new Node.Scalar(line, col, p.getText(), Node.ScalarType.STRING);
    }
    switch (t) {
      case START_OBJECT:
        return readMap(p, depth, line, col);
      case START_ARRAY:
        Node.ListNode list = new Node.ListNode(line, col);
        while (p.nextToken() != JsonToken.END_ARRAY) {
          list.items().add(readValue(p, depth + 1));
        }
        return list;
      case VALUE_STRING:
        return new Node.Scalar(line, col, p.getText(), Node.ScalarType.STRING);
      case VALUE_NUMBER_INT:
        return new Node.Scalar(line, col, p.getText(), Node.ScalarType.INTEGER);
      case VALUE_NUMBER_FLOAT:
        return new Node.Scalar(line, col, p.getText(), Node.ScalarType.DECIMAL);
      case VALUE_TRUE:
      case VALUE_FALSE:
        return new Node.Scalar(line, col, p.getText(), Node.ScalarType.BOOLEAN);
      case VALUE_NULL:
        return new Node.Scalar(line, col, "", Node.ScalarType.NULL);
      default:
        return new Node.Scalar(line, col, p.getText(), Node.ScalarType.STRING);
    }
  }

  private Node readMap(YAMLParser p, int depth, int line, int col) throws IOException {
    Node.MapNode map = new Node.MapNode(line, col);
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      JsonLocation keyAt = p.currentTokenLocation();
      p.nextToken();
      Node value = readValue(p, depth + 1);
      Node.Entry previous = map.entries().get(key);
      if (previous != null) {
        problem(
            keyAt.getLineNr(),
            keyAt.getColumnNr(),
            "duplicate key '" + key + "' (first at line " + previous.line() + "); keep one");
      } else {
        map.entries().put(key, new Node.Entry(key, keyAt.getLineNr(), keyAt.getColumnNr(), value));
      }
    }
    return map;
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
  private static int[] lineCol(String text, int codePoints) {
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

  private static String firstLine(String s) {
    if (s == null) {
      return "syntax error";
    }
    String line = s.strip().lines().findFirst().orElse("syntax error");
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }

  private static String mib(long bytes) {
    return String.format("%.1f MiB", bytes / 1024.0 / 1024.0);
  }

  private static final class DepthExceeded extends RuntimeException {
    DepthExceeded() {
      super(null, null, false, false);
    }
  }
}
