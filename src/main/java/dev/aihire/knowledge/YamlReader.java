package dev.aihire.knowledge;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Reads YAML text into a {@link Node} tree with positions: the bytes are checked first ({@link
 * YamlText}), the tokens become nodes in {@link NodeReader}, which refuses what would silently
 * change the meaning of a knowledge file (anchors, aliases, duplicate keys) and nesting deep enough
 * to be an attack. Reading stops at the first syntax error, since nothing after it can be trusted;
 * this class turns the parser's errors into problems with a line and column. Text in the plain
 * block style of knowledge files is read by {@link BlockYamlReader} instead, to the same tree.
 */
final class YamlReader {
  /** Large enough for a knowledge file 100 times the shipped one; a typo'd path to a log is not. */
  static final int MAX_BYTES = 64 * 1024 * 1024;

  private final String file;
  private final List<Problem> problems;

  YamlReader(String file, List<Problem> problems) {
    this.file = file;
    this.problems = problems;
  }

  /** Returns the root node, or null when the text could not be read at all. */
  Node read(byte[] bytes) {
    String text = new YamlText(file, problems).check(bytes);
    if (text == null) {
      return null;
    }
    Node plain = BlockYamlReader.read(text);
    return plain != null ? plain : parse(text);
  }

  /** The full parser: all of YAML, and every error located. */
  Node parse(String text) {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(MAX_BYTES);
    YAMLFactory factory = YAMLFactory.builder().loaderOptions(options).build();
    factory.setStreamReadConstraints(
        StreamReadConstraints.builder().maxNestingDepth(NodeReader.MAX_DEPTH * 2 + 8).build());
    try (JsonParser parser = factory.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        problem(1, 1, "the file holds no YAML document");
        return null;
      }
      Node root = new NodeReader(file, text, problems).read((YAMLParser) parser);
      if (root != null && parser.nextToken() != null) {
        JsonLocation at = parser.currentTokenLocation();
        problem(
            at.getLineNr(),
            at.getColumnNr(),
            "a second YAML document ('---') follows; put everything in one document");
      }
      return root;
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
        int[] lineCol = YamlText.lineCol(text, r.getPosition());
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
}
