package dev.aihire.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The block-style reader against the full parser: on any text it either declines or builds the very
 * tree SnakeYAML's tokens build (keys, order, positions, scalar text and type), and only on text
 * the full parser reads without a problem.
 */
class BlockYamlReaderTest {
  @Test
  void readsTheShippedKnowledgeAsTheFullParserDoes() throws IOException {
    String text = Files.readString(Path.of("roles.yaml"));
    Node plain = BlockYamlReader.read(text);
    assertThat(plain).as("roles.yaml is in the block subset").isNotNull();
    assertThat(dump(plain)).isEqualTo(dump(full(text)));
  }

  @Test
  void everyYamlFileOfTheProjectIsReadTheSameOrDeclined() throws IOException {
    int read = 0;
    for (Path p : yamlFiles()) {
      // A fixture that is not UTF-8 is the loader's business, not either parser's.
      String text = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
      if (agreeOn(text)) {
        read++;
      }
    }
    assertThat(read).as("files in the subset").isGreaterThan(10);
  }

  @Test
  void damagedCopiesAreReadTheSameOrDeclined() throws IOException {
    String base = Files.readString(Path.of("roles.yaml")).substring(0, 6000);
    base = base.substring(0, base.lastIndexOf('\n') + 1);
    while (base.endsWith(":\n")) { // a key cut off from its value is out of the subset
      base = base.substring(0, base.lastIndexOf('\n', base.length() - 2) + 1);
    }
    assertThat(agreeOn(base)).as("the undamaged start is in the subset").isTrue();
    Random random = new Random(14);
    String[] pieces = {
      " ",
      "  ",
      "\n",
      "-",
      "- ",
      ":",
      ": ",
      "#",
      " #",
      "'",
      "\"",
      "\\",
      "[",
      "]",
      "{}",
      "[]",
      "&a ",
      "*a",
      "!",
      "|",
      ">",
      "~",
      "null",
      "yes",
      "True",
      "On",
      "  ",
      " # c",
      "{a: b}",
      "[a, b]",
      "0",
      "-1",
      "2.5",
      "1e3",
      "0x1F",
      "12:30",
      "\t",
      "\r",
      "\u00e9",
      "\ud83d\ude00",
      "\u2028",
      "\\u00e9",
      "\\x41",
      "''",
      "key: v\n",
      "---\n",
      "? ",
      "%",
      "@",
      "`",
      ",",
      "a:b",
      "- a: b\n"
    };
    int read = 0;
    for (int k = 0; k < 3000; k++) {
      StringBuilder t = new StringBuilder(base);
      for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
        int at = random.nextInt(t.length());
        switch (random.nextInt(3)) {
          case 0 -> t.insert(at, pieces[random.nextInt(pieces.length)]);
          case 1 -> t.delete(at, Math.min(t.length(), at + 1 + random.nextInt(3)));
          default -> t.replace(at, at + 1, pieces[random.nextInt(pieces.length)]);
        }
      }
      if (agreeOn(t.toString())) {
        read++;
      }
    }
    assertThat(read).as("damaged copies still in the subset").isGreaterThan(300);
  }

  @Test
  void scalarsGetTheFullParsersTypesAndPositions() {
    String text =
        """
        # a comment
        version: 1
        ratio: 2.5
        negative: -3
        flag: true
        off_flag: false
        plain: a plain value # with a comment
        quoted: "say \\"hi\\" \\u00e9\\n"   # and a comment
        single: 'it''s'
        url: http://example.com/a:b
        sharp: C# and F#
        emoji: \ud83d\ude00 then text
        after_emoji: "\ud83d\ude00" ok
        empty_list: []
        empty_map: {}
        list:
          - one
          - key: value
            other: 2
          -
            nested: x
          - 'two'
        """;
    assertThat(BlockYamlReader.read(text)).isNull(); // the line after the emoji is not YAML
    String fixed = text.replace("\"\ud83d\ude00\" ok", "\"\ud83d\ude00\"");
    Node plain = BlockYamlReader.read(fixed);
    assertThat(plain).isNotNull();
    assertThat(dump(plain)).isEqualTo(dump(full(fixed)));
    assertThat(dump(plain))
        .contains("version@2:1=INTEGER:1@2:10")
        .contains("ratio@3:1=DECIMAL:2.5@3:8")
        .contains("STRING:say \"hi\" \u00e9\n@8:9")
        .contains("STRING:\ud83d\ude00 then text@12:8");
  }

  @Test
  void declinesWhatItDoesNotReadItself() {
    for (String text :
        List.of(
            "a: yes\n",
            "a: On  \n",
            "a: [x, off ]\n",
            "a: null # a comment after the word\n",
            "a: ~\n",
            "a: 0x1F\n",
            "a: |\n  block\n",
            "a: first line\n  continued\n",
            "a:\n- indentless\n",
            "a: &x 1\nb: *x\n",
            "a: 1\na: 2\n",
            "a:\tb\n",
            "a: b\r\n",
            "---\na: 1\n",
            "a: [x, [y]]\n",
            "a: {k: [v]}\n",
            "\"quoted key\": 1\n",
            "a:\n",
            "- top level list\n")) {
      assertThat(BlockYamlReader.read(text)).as(text).isNull();
    }
  }

  /** Reads with both; returns whether the block reader read it (then to the same tree). */
  private static boolean agreeOn(String text) {
    Node plain = BlockYamlReader.read(text);
    if (plain == null) {
      return false;
    }
    List<Problem> problems = new ArrayList<>();
    Node full = new YamlReader("t.yaml", problems).parse(text);
    assertThat(problems)
        .as("the full parser's problems with text the block reader read:\n" + text)
        .isEmpty();
    assertThat(dump(plain)).as(text).isEqualTo(dump(full));
    return true;
  }

  private static Node full(String text) {
    List<Problem> problems = new ArrayList<>();
    Node node = new YamlReader("t.yaml", problems).parse(text);
    assertThat(problems).isEmpty();
    return node;
  }

  private static List<Path> yamlFiles() throws IOException {
    List<Path> out = new ArrayList<>();
    out.add(Path.of("roles.yaml"));
    try (Stream<Path> files = Files.walk(Path.of("src/test/resources"))) {
      files.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(out::add);
    }
    return out;
  }

  /** The tree in words: every key, position, scalar type and text, in order. */
  static String dump(Node node) {
    StringBuilder out = new StringBuilder();
    dump(node, out);
    return out.toString();
  }

  private static void dump(Node node, StringBuilder out) {
    if (node instanceof Node.MapNode m) {
      out.append("{@").append(m.line()).append(':').append(m.column()).append(' ');
      for (Map.Entry<String, Node.Entry> e : m.entries().entrySet()) {
        Node.Entry v = e.getValue();
        out.append(v.key()).append('@').append(v.line()).append(':').append(v.column());
        out.append('=');
        dump(v.value(), out);
        out.append(", ");
      }
      out.append('}');
    } else if (node instanceof Node.ListNode l) {
      out.append("[@").append(l.line()).append(':').append(l.column()).append(' ');
      for (Node item : l.items()) {
        dump(item, out);
        out.append(", ");
      }
      out.append(']');
    } else if (node instanceof Node.Scalar sc) {
      out.append(sc.type()).append(':').append(sc.text());
      out.append('@').append(sc.line()).append(':').append(sc.column());
    } else {
      out.append("null");
    }
  }
}
