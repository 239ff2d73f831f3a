package dev.aihire.knowledge;

/**
 * The one-line flow collections {@link BlockYamlReader} reads itself: sequences and mappings of
 * scalars, such as {@code [a, 'b', c]} and {@code {phrase: chatbot, weight: 5}}. Nesting, a
 * collection running on to the next line and anything else odd make it decline.
 */
final class FlowCollections {
  private FlowCollections() {}

  /**
   * A one-line flow sequence of scalars, "[a, 'b', c]"; {@link YamlLine#closed} is set after it.
   */
  static Node.ListNode list(YamlLine l, int p) {
    Node.ListNode list = new Node.ListNode(l.line, l.column(p));
    int i = firstItem(l, p, ']');
    if (i < 0) {
      return list;
    }
    while (true) {
      list.items().add(flowScalar(l, i));
      i = l.skipSpaces(l.closed);
      if (end(l, i, ']')) {
        return list;
      }
      i = l.skipSpaces(i + 1);
    }
  }

  /** A one-line flow mapping of simple keys and scalars, "{phrase: chatbot, weight: 5}". */
  static Node.MapNode map(YamlLine l, int p) {
    Node.MapNode map = new Node.MapNode(l.line, l.column(p));
    int i = firstItem(l, p, '}');
    if (i < 0) {
      return map;
    }
    while (true) {
      int colon = l.keyEnd(i);
      if (colon < 0 || colon + 1 == l.end) {
        throw YamlLine.Decline.NOW;
      }
      String key = l.intern(l.s.substring(i, colon));
      if (map.entries().containsKey(key)) {
        throw YamlLine.Decline.NOW;
      }
      int keyColumn = l.column(i);
      Node value = flowScalar(l, l.skipSpaces(colon + 1));
      map.entries().put(key, new Node.Entry(key, l.line, keyColumn, value));
      i = l.skipSpaces(l.closed);
      if (end(l, i, '}')) {
        return map;
      }
      i = l.skipSpaces(i + 1);
    }
  }

  /** Where the first item after the opening bracket at {@code p} starts; -1 (closed) if none. */
  private static int firstItem(YamlLine l, int p, char close) {
    int i = l.skipSpaces(p + 1);
    if (i < l.end && l.s.charAt(i) == close) {
      l.closed = i + 1;
      return -1;
    }
    return i;
  }

  /** After a flow item: true at the closing bracket (then past it), false at a comma. */
  private static boolean end(YamlLine l, int i, char close) {
    if (i < l.end && l.s.charAt(i) == close) {
      l.closed = i + 1;
      return true;
    }
    if (i < l.end && l.s.charAt(i) == ',') {
      int after = l.skipSpaces(i + 1);
      if (after < l.end && l.s.charAt(after) != close && l.s.charAt(after) != ',') {
        return false;
      }
    }
    throw YamlLine.Decline.NOW; // unclosed on this line, a trailing comma, or something else
  }

  /** A scalar inside a flow collection; {@link YamlLine#closed} is set after it. */
  private static Node.Scalar flowScalar(YamlLine l, int p) {
    if (p >= l.end) {
      throw YamlLine.Decline.NOW;
    }
    char c = l.s.charAt(p);
    int col = l.column(p);
    if (c == '"' || c == '\'') {
      String text = c == '"' ? l.doubleQuoted(p) : l.singleQuoted(p);
      return new Node.Scalar(l.line, col, text, Node.ScalarType.STRING);
    }
    if (",[]{}#&*!|>%@`?:".indexOf(c) >= 0
        || (c == '-' && (p + 1 == l.end || !Character.isDigit(l.s.charAt(p + 1))))) {
      // Leading dashes (but of a number) and colons: the full parser's to judge.
      throw YamlLine.Decline.NOW;
    }
    int stop = p;
    while (stop < l.end) {
      char d = l.s.charAt(stop);
      if (d == ',' || d == ']' || d == '}') {
        break;
      }
      if (d == '[' || d == '{' || d == '#' || d == ':' || d == '?') {
        throw YamlLine.Decline.NOW;
      }
      stop++;
    }
    l.closed = stop;
    while (l.s.charAt(stop - 1) == ' ') {
      stop--;
    }
    String text = l.s.substring(p, stop);
    return new Node.Scalar(l.line, col, text, YamlLine.typed(text));
  }
}
