package dev.aihire.knowledge;

/**
 * Reads the plain block style that knowledge files are written in (mappings of simple keys,
 * sequences, one-line scalars and one-line flow collections of scalars) straight into the {@link
 * Node} tree, at a few times the speed of SnakeYAML's tokens and events: on a 35 MiB file that was
 * a second or more of the first answer (docs/performance.md).
 *
 * <p>It only ever gives the tree the full parser would give, or nothing: anything outside the
 * subset, and anything wrong, makes it decline ({@link #read} returns null), and {@link YamlReader}
 * parses the text again with SnakeYAML, which reads all of YAML and reports each error where it
 * stands. A test holds the two to the same trees, positions and scalar types on every YAML file of
 * the project and on thousands of damaged copies of them.
 */
final class BlockYamlReader {
  /** Deep nesting is left to the full parser, which reports it. */
  private static final int MAX_DEPTH = NodeReader.MAX_DEPTH - 8;

  private final String s;
  private final int n;

  /** The current content line; {@link #indent} is its indentation, or -1 at the end of the text. */
  private final YamlLine l;

  private int indent;
  private int next;

  private BlockYamlReader(String text) {
    s = text;
    n = text.length();
    l = new YamlLine(text);
  }

  /** The tree of {@code text}, or null when the full parser must read it. */
  static Node read(String text) {
    BlockYamlReader r = new BlockYamlReader(text);
    try {
      r.advance();
      if (r.indent != 0) {
        return null;
      }
      Node root = r.block(0);
      return r.indent < 0 && root instanceof Node.MapNode ? root : null;
    } catch (YamlLine.Decline e) {
      return null;
    }
  }

  /** Moves to the next line that holds more than blanks or a comment. */
  private void advance() {
    while (next < n) {
      l.line++;
      int from = next;
      int i = from;
      boolean wide = false;
      for (; i < n; i++) {
        char c = s.charAt(i);
        if (c == '\n') {
          break;
        }
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c >= 0x2028 && !plainWide(i, c)) {
          // Tabs, CR, controls, other line breaks: the full parser's business.
          throw YamlLine.Decline.NOW;
        }
        wide |= c >= 0xD800;
      }
      next = i + 1;
      int first = from;
      while (first < i && s.charAt(first) == ' ') {
        first++;
      }
      if (first < i && s.charAt(first) != '#') {
        l.start = from;
        l.end = i;
        indent = first - from;
        l.astral = wide;
        return;
      }
    }
    indent = -1;
    l.start = l.end = n;
  }

  /** Whether the char at {@code i} (U+2028 or above) is a well-formed, printable one. */
  private boolean plainWide(int i, char c) {
    if (Character.isHighSurrogate(c)) {
      return i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
    return c != '\uFEFF' && c != '\uFFFE' && c != '\uFFFF' && c != '\u2028' && c != '\u2029';
  }

  /** A mapping or a sequence starting at the current line's content. */
  private Node block(int depth) {
    if (depth > MAX_DEPTH) {
      throw YamlLine.Decline.NOW;
    }
    int at = l.start + indent;
    if (l.entry(at)) {
      return sequence(indent, depth);
    }
    return mapping(indent, at, depth);
  }

  private Node.MapNode mapping(int keyIndent, int at, int depth) {
    Node.MapNode map = new Node.MapNode(l.line, l.column(at));
    int p = at;
    while (true) {
      int colon = l.keyEnd(p);
      if (colon < 0) {
        throw YamlLine.Decline.NOW;
      }
      String key = l.intern(s.substring(p, colon));
      if (map.entries().containsKey(key)) {
        throw YamlLine.Decline.NOW; // the full parser reports the duplicate
      }
      int keyLine = l.line;
      int keyColumn = l.column(p);
      int v = l.skipSpaces(colon + 1);
      Node value;
      if (v == l.end || (s.charAt(v) == '#' && v > colon + 1)) {
        advance();
        if (indent <= keyIndent) {
          throw YamlLine.Decline.NOW; // an empty value, or a sequence not indented under its key
        }
        value = block(depth + 1);
      } else {
        value = inline(v, depth + 1);
        advance();
      }
      map.entries().put(key, new Node.Entry(key, keyLine, keyColumn, value));
      if (indent < keyIndent) {
        return map;
      }
      if (indent > keyIndent) {
        throw YamlLine.Decline.NOW;
      }
      p = l.start + indent;
    }
  }

  private Node.ListNode sequence(int dashIndent, int depth) {
    Node.ListNode list = new Node.ListNode(l.line, l.column(l.start + dashIndent));
    while (true) {
      int dash = l.start + dashIndent;
      int q = l.skipSpaces(dash + 1);
      if (q == l.end || s.charAt(q) == '#') {
        advance();
        if (indent <= dashIndent) {
          throw YamlLine.Decline.NOW;
        }
        list.items().add(block(depth + 1));
      } else if (l.entry(q)) {
        throw YamlLine.Decline.NOW; // "- - x"
      } else if (l.keyEnd(q) >= 0) {
        list.items().add(mapping(q - l.start, q, depth + 1));
      } else {
        list.items().add(inline(q, depth + 1));
        advance();
      }
      if (indent < dashIndent) {
        return list;
      }
      if (indent > dashIndent || !l.entry(l.start + indent)) {
        throw YamlLine.Decline.NOW;
      }
    }
  }

  /** A value on the rest of the current line. */
  private Node inline(int p, int depth) {
    if (depth > MAX_DEPTH) {
      throw YamlLine.Decline.NOW;
    }
    return l.value(p);
  }
}
