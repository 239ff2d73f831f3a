package dev.aihire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules of docs/architecture.md that imports do not show (ArchitectureTest holds those): small
 * classes, thin commands, and the command lines a person is told to run written only where the
 * words are made. Lines are counted as {@code wc -l} counts them, in the formatted file.
 */
class SourceShapeTest {
  static final int MAX_CLASS_LINES = 300;

  /** A command parses, calls an engine and hands the result to a renderer: no more is needed. */
  static final int MAX_COMMAND_LINES = 100;

  /** The packages that may write "aihire …" command lines: the commands and the renderers. */
  static final List<String> COMMAND_LINES_MAY_BE_IN =
      List.of("dev/aihire/cli/", "dev/aihire/render/");

  /**
   * Literals that start with "aihire " but are no command line, as written in the source, by file:
   * the header of the source record is a file-format magic string.
   */
  static final Map<String, Set<String>> NOT_COMMAND_LINES =
      Map.of("dev/aihire/compiled/SourceRecord.java", Set.of("aihire source record 2\\n"));

  /** Every main source file by its path under src/main/java ("dev/aihire/Main.java"). */
  static Map<String, String> sources;

  @BeforeAll
  static void readSources() throws IOException {
    Path main = Path.of("src", "main", "java");
    sources = new TreeMap<>();
    try (Stream<Path> files = Files.walk(main)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String name = main.relativize(f).toString().replace('\\', '/');
        sources.put(name, Files.readString(f, StandardCharsets.UTF_8));
      }
    }
  }

  /** Lines as {@code wc -l} counts them: line ends. */
  static long lines(String source) {
    return source.chars().filter(c -> c == '\n').count();
  }

  @Test
  void everyClassFileHasAtMost300Lines() {
    List<String> over = new ArrayList<>();
    sources.forEach(
        (name, source) -> {
          if (lines(source) > MAX_CLASS_LINES) {
            over.add(name + ": " + lines(source) + " lines");
          }
        });
    assertThat(over).as("files over " + MAX_CLASS_LINES + " lines: split them").isEmpty();
  }

  @Test
  void everyCommandHasAtMost100Lines() {
    List<String> over = new ArrayList<>();
    sources.forEach(
        (name, source) -> {
          if (name.endsWith("Command.java") && lines(source) > MAX_COMMAND_LINES) {
            over.add(name + ": " + lines(source) + " lines");
          }
        });
    assertThat(over)
        .as("commands over " + MAX_COMMAND_LINES + " lines: move the work into classes of its own")
        .isEmpty();
  }

  @Test
  void commandLinesAreWrittenOnlyByCommandsAndRenderers() {
    List<String> found = new ArrayList<>();
    sources.forEach(
        (name, source) -> {
          if (COMMAND_LINES_MAY_BE_IN.stream().anyMatch(name::startsWith)) {
            return;
          }
          for (Literal l : literals(source)) {
            if (l.text().startsWith("aihire ")
                && !NOT_COMMAND_LINES.getOrDefault(name, Set.of()).contains(l.text())) {
              found.add(name + ":" + l.line() + ": \"" + l.text() + "\"");
            }
          }
        });
    assertThat(found)
        .as("command lines built outside cli and render: return data, let a renderer spell it")
        .isEmpty();
  }

  @Test
  void theLiteralsOfASourceAreFoundOutsideCommentsAndCharacters() {
    String source =
        "// \"aihire a\"\n/* \"aihire b\" */ String s = \"aihire c \\\" x\";\n"
            + "char q = '\"'; String t = \"\"\"\n  aihire d\n  \"\"\";";
    assertThat(literals(source))
        .containsExactly(new Literal(2, "aihire c \\\" x"), new Literal(4, "aihire d\n"));
  }

  /** A string literal as written (escapes kept), and the line it starts on. */
  record Literal(int line, String text) {}

  /**
   * The string literals of a Java source, text blocks included (their lines as Java reads them, the
   * incidental indentation stripped); comments and character literals are skipped.
   */
  static List<Literal> literals(String s) {
    List<Literal> out = new ArrayList<>();
    int line = 1;
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (s.startsWith("//", i)) {
        i = s.indexOf('\n', i);
        i = i < 0 ? s.length() : i;
      } else if (s.startsWith("/*", i)) {
        int end = s.indexOf("*/", i + 2);
        end = end < 0 ? s.length() : end + 2;
        line += (int) lines(s.substring(i, end));
        i = end;
      } else if (s.startsWith("\"\"\"", i)) {
        int from = s.indexOf('\n', i) + 1;
        int end = closing(s, from, "\"\"\"");
        out.add(new Literal(line + 1, s.substring(from, end).stripIndent()));
        line += (int) lines(s.substring(i, end));
        i = end + 3;
      } else if (c == '"' || c == '\'') {
        int end = closing(s, i + 1, String.valueOf(c));
        if (c == '"') {
          out.add(new Literal(line, s.substring(i + 1, end)));
        }
        i = end + 1;
      } else {
        line += c == '\n' ? 1 : 0;
        i++;
      }
    }
    return out;
  }

  /** Where the unescaped {@code quote} that closes a literal begins, from {@code i}. */
  private static int closing(String s, int i, String quote) {
    while (i < s.length() && !s.startsWith(quote, i)) {
      i += s.charAt(i) == '\\' ? 2 : 1;
    }
    return Math.min(i, s.length());
  }
}
