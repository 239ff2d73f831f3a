package dev.aihire.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The knowledge file as read, before any meaning is given to it: mappings, sequences and scalars,
 * each remembering where it stood so that every problem can name its line and column.
 */
sealed interface Node permits Node.MapNode, Node.ListNode, Node.Scalar {
  int line();

  int column();

  /** What the node is, in words for an error message ("a list", "a number"). */
  String kind();

  /** A mapping; keys keep their order and their own positions. */
  record MapNode(int line, int column, Map<String, Entry> entries) implements Node {
    MapNode(int line, int column) {
      this(line, column, new NodeEntries());
    }

    @Override
    public String kind() {
      return "a mapping";
    }
  }

  /** One key of a mapping: where the key stands, and its value. */
  record Entry(String key, int line, int column, Node value) {}

  record ListNode(int line, int column, List<Node> items) implements Node {
    ListNode(int line, int column) {
      this(line, column, new ArrayList<>());
    }

    @Override
    public String kind() {
      return "a list";
    }
  }

  /** A scalar; {@code type} tells a quoted or plain string from a number, boolean or null. */
  record Scalar(int line, int column, String text, ScalarType type) implements Node {
    @Override
    public String kind() {
      return switch (type) {
        case STRING -> "a string";
        case INTEGER, DECIMAL -> "a number";
        case BOOLEAN -> "a boolean";
        case NULL -> "an empty value";
      };
    }
  }

  enum ScalarType {
    STRING,
    INTEGER,
    DECIMAL,
    BOOLEAN,
    NULL
  }
}
