package dev.aihire.knowledge;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the YAML parser's tokens into a {@link Node} tree with positions. It reports what would
 * silently change the meaning of a knowledge file: anchors and aliases (Jackson would read {@code
 * *x} as the string "x"), tags ({@code !!binary}, {@code !!python/object:…}: Jackson ignores them,
 * so the value would be read as if they were not there), duplicate keys (the last one would win),
 * and nesting deeper than {@link #MAX_DEPTH}, at which reading stops.
 */
final class NodeReader {
  static final int MAX_DEPTH = 64;

  private final String file;
  private final String text;
  private final List<Problem> problems;

  /**
   * Each distinct key once: a large knowledge file repeats a handful of keys ("phrase", "weight")
   * half a million times, and the tree keeps them until validation is done.
   */
  private final Map<String, String> keys = new HashMap<>();

  /** A reader of {@code text}, the YAML the parser reads, whose problems go to {@code problems}. */
  NodeReader(String file, String text, List<Problem> problems) {
    this.file = file;
    this.text = text;
    this.problems = problems;
  }

  /** The value at the parser's current token, or null when it is nested too deep (reported). */
  Node read(YAMLParser p) throws IOException {
    try {
      return readValue(p, 0);
    } catch (DepthExceeded e) {
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
    String anchor = p.getCurrentAnchor() != null ? p.getCurrentAnchor() : scalarAnchor(t, at);
    if (anchor != null) {
      problem(
          line, col, "YAML anchor '&" + anchor + "' is not allowed; write the value out in full");
    }
    tag(p, line, col);
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

  /**
   * The anchor of a scalar: Jackson reports anchors of collections and keys only, but a scalar's
   * token starts where its properties do, so an anchor is the {@code &name} found there.
   */
  private String scalarAnchor(JsonToken t, JsonLocation at) {
    if (!t.isScalarValue()) {
      return null;
    }
    int from = (int) at.getCharOffset();
    if (from < 0 || from >= text.length() || text.charAt(from) != '&') {
      return null;
    }
    int end = from + 1;
    while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
      end++;
    }
    return text.substring(from + 1, end);
  }

  private void tag(YAMLParser p, int line, int col) throws IOException {
    String tag = p.getTypeId();
    if (tag != null) {
      String shown = tag.startsWith("tag:yaml.org,2002:") ? "!!" + tag.substring(18) : "!" + tag;
      problem(
          line,
          col,
          "YAML tag '"
              + shown
              + "' is not allowed; write the plain value (the tag would be"
              + " ignored)");
    }
  }

  private Node readMap(YAMLParser p, int depth, int line, int col) throws IOException {
    Node.MapNode map = new Node.MapNode(line, col);
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = canonical(p.currentName());
      JsonLocation keyAt = p.currentTokenLocation();
      if (p.getCurrentAnchor() != null) {
        problem(
            keyAt.getLineNr(),
            keyAt.getColumnNr(),
            "YAML anchor '&" + p.getCurrentAnchor() + "' is not allowed; write the key plainly");
      }
      tag(p, keyAt.getLineNr(), keyAt.getColumnNr());
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

  private String canonical(String key) {
    String known = keys.putIfAbsent(key, key);
    return known == null ? key : known;
  }

  private void problem(int line, int col, String message) {
    problems.add(new Problem(file, line, col, message));
  }

  /** Unwinds the recursion at once; no stack trace, since it is expected and reported. */
  private static final class DepthExceeded extends RuntimeException {
    DepthExceeded() {
      super(null, null, false, false);
    }
  }
}
