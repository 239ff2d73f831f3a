package dev.aihire.knowledge;

import java.util.HashMap;
import java.util.Map;

/**
 * The content line {@link BlockYamlReader} stands on, and what can be read off it: simple keys,
 * sequence dashes, and one-line plain, single- and double-quoted scalars, typed the way SnakeYAML
 * types them. Anything it does not read itself throws {@link Decline#NOW}.
 */
final class YamlLine {
  final String s;
  private final Map<String, String> keys = new HashMap<>();

  // The line's number, where it starts and ends, and whether it holds chars beyond the BMP (then
  // columns are counted in code points, as SnakeYAML counts them).
  int line;
  int start;
  int end;
  boolean astral;

  /** Where the last quoted scalar or flow collection closed. */
  int closed;

  YamlLine(String text) {
    s = text;
  }

  /** A value on the rest of the line: a quoted or plain scalar or a flow collection. */
  Node value(int p) {
    char c = s.charAt(p);
    int col = column(p);
    if (c == '"') {
      return quotedEnd(doubleQuoted(p), col);
    }
    if (c == '\'') {
      return quotedEnd(singleQuoted(p), col);
    }
    if (c == '[' || c == '{') {
      Node flow = c == '[' ? FlowCollections.list(this, p) : FlowCollections.map(this, p);
      restIsComment(closed);
      return flow;
    }
    return plain(p, col);
  }

  /** Trailing blanks are not part of the scalar, so only spaces inside it make it a string. */
  static Node.ScalarType typed(String text) {
    return text.indexOf(' ') >= 0 ? Node.ScalarType.STRING : PlainTypes.of(text);
  }

  private Node.Scalar plain(int p, int col) {
    char c = s.charAt(p);
    if (",[]{}#&*!|>'\"%@`".indexOf(c) >= 0
        || ((c == '-' || c == '?' || c == ':') && (p + 1 == end || s.charAt(p + 1) == ' '))) {
      throw Decline.NOW;
    }
    int stop = end;
    for (int i = p + 1; i < end; i++) {
      char d = s.charAt(i);
      if (d == ' ') {
        if (i + 1 < end && s.charAt(i + 1) == '#') {
          stop = i;
          break;
        }
      } else if (d == ':' && (i + 1 == end || s.charAt(i + 1) == ' ')) {
        throw Decline.NOW; // a key, or "mapping values are not allowed here"
      }
    }
    while (s.charAt(stop - 1) == ' ') {
      stop--;
    }
    String text = s.substring(p, stop);
    return new Node.Scalar(line, col, text, typed(text));
  }

  String doubleQuoted(int p) {
    // Most quoted scalars hold no escape: then the text is the slice itself, copied once.
    for (int i = p + 1; i < end; i++) {
      char c = s.charAt(i);
      if (c == '"') {
        closed = i + 1;
        return s.substring(p + 1, i);
      }
      if (c == '\\') {
        break;
      }
    }
    StringBuilder out = new StringBuilder();
    int i = p + 1;
    while (true) {
      if (i >= end) {
        throw Decline.NOW; // runs on to the next line
      }
      char c = s.charAt(i++);
      if (c == '"') {
        closed = i;
        return out.toString();
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      if (i >= end) {
        throw Decline.NOW;
      }
      char e = s.charAt(i++);
      switch (e) {
        case '"', '\\' -> out.append(e); // YAML 1.1 has no \/
        case 'n' -> out.append('\n');
        case 't' -> out.append('\t');
        case 'r' -> out.append('\r');
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case '0' -> out.append('\0');
        case 'u' -> {
          if (i + 4 > end) {
            throw Decline.NOW;
          }
          int cp = hex(i, 4);
          if (Character.isSurrogate((char) cp)) {
            throw Decline.NOW;
          }
          out.append((char) cp);
          i += 4;
        }
        default -> throw Decline.NOW;
      }
    }
  }

  String singleQuoted(int p) {
    StringBuilder out = new StringBuilder();
    int i = p + 1;
    while (true) {
      int q = s.indexOf('\'', i);
      if (q < 0 || q >= end) {
        throw Decline.NOW;
      }
      out.append(s, i, q);
      if (q + 1 < end && s.charAt(q + 1) == '\'') {
        out.append('\'');
        i = q + 2;
      } else {
        closed = q + 1;
        return out.toString();
      }
    }
  }

  private Node.Scalar quotedEnd(String text, int col) {
    if (closed < end && s.charAt(closed) != ' ') {
      throw Decline.NOW;
    }
    restIsComment(closed);
    return new Node.Scalar(line, col, text, Node.ScalarType.STRING);
  }

  void restIsComment(int from) {
    int i = skipSpaces(from);
    if (i < end && (s.charAt(i) != '#' || i == from)) {
      throw Decline.NOW;
    }
  }

  private int hex(int from, int digits) {
    int v = 0;
    for (int i = from; i < from + digits; i++) {
      int d = Character.digit(s.charAt(i), 16);
      if (d < 0) {
        throw Decline.NOW;
      }
      v = v * 16 + d;
    }
    return v;
  }

  /** Where the colon of a simple key starting at {@code p} stands, or -1 if none starts there. */
  int keyEnd(int p) {
    int i = p;
    if (i >= end || !keyStart(s.charAt(i))) {
      return -1;
    }
    while (i < end && (keyStart(s.charAt(i)) || isDigitOrDash(s.charAt(i)))) {
      i++;
    }
    if (i < end && s.charAt(i) == ':' && (i + 1 == end || s.charAt(i + 1) == ' ')) {
      return i;
    }
    return -1;
  }

  private static boolean keyStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  }

  private static boolean isDigitOrDash(char c) {
    return (c >= '0' && c <= '9') || c == '-';
  }

  /** Whether a sequence entry ("- " or a lone "-") starts at {@code p}. */
  boolean entry(int p) {
    return s.charAt(p) == '-' && (p + 1 == end || s.charAt(p + 1) == ' ');
  }

  int skipSpaces(int i) {
    while (i < end && s.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  /** SnakeYAML counts columns in code points. */
  int column(int p) {
    return astral ? s.codePointCount(start, p) + 1 : p - start + 1;
  }

  String intern(String key) {
    String known = keys.putIfAbsent(key, key);
    return known == null ? key : known;
  }

  /** Unwinds to {@link BlockYamlReader#read} at once: declining is expected, so no stack trace. */
  static final class Decline extends RuntimeException {
    static final Decline NOW = new Decline();

    private Decline() {
      super(null, null, false, false);
    }
  }
}
