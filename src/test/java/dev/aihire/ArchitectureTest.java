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
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers of docs/architecture.md, read from the imports of src/main/java: no package cycle
 * among dev.aihire.*, and each layer imports only the layers below it.
 */
class ArchitectureTest {
  private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
  private static final Pattern IMPORT =
      Pattern.compile("^import (?:static )?(dev\\.aihire\\.[\\w.]+);", Pattern.MULTILINE);

  /**
   * Which layer may import which ("engine" covers engine and engine.*). A package not named here is
   * held only to the no-cycle rule; give it a row when it becomes a layer.
   */
  private static final Map<String, Set<String>> MAY_IMPORT =
      Map.of(
          "model", Set.of(),
          "text", Set.of(),
          "resource", Set.of(),
          "semantic", Set.of("resource"),
          "knowledge", Set.of("model", "text"),
          "engine", Set.of("model", "text", "semantic", "engine"),
          "interview", Set.of("model", "text", "engine"),
          "compiled", Set.of("model", "text", "knowledge", "engine", "compiled", "resource"),
          "render", Set.of("model", "text", "engine", "interview"),
          "shell", Set.of("model", "text", "render"));

  static Map<String, Set<String>> imports;

  @BeforeAll
  static void readImports() throws IOException {
    imports = new TreeMap<>();
    try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String source = Files.readString(f, StandardCharsets.UTF_8);
        Matcher pkg = PACKAGE.matcher(source);
        if (!pkg.find()) {
          continue;
        }
        String from = pkg.group(1);
        Set<String> to = imports.computeIfAbsent(from, k -> new TreeSet<>());
        Matcher m = IMPORT.matcher(source);
        while (m.find()) {
          String target = packageOf(m.group(1));
          if (!target.equals(from)) {
            to.add(target);
          }
        }
      }
    }
  }

  /** The package of an imported name: the parts before the first capitalised one. */
  static String packageOf(String name) {
    List<String> parts = new ArrayList<>();
    for (String part : name.split("\\.")) {
      if (Character.isUpperCase(part.charAt(0))) {
        break;
      }
      parts.add(part);
    }
    return String.join(".", parts);
  }

  /** "engine" for dev.aihire.engine.quiz, "" for dev.aihire itself. */
  static String layer(String pkg) {
    String rest = pkg.equals("dev.aihire") ? "" : pkg.substring("dev.aihire.".length());
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }

  @Test
  void noPackageCycle() {
    List<List<String>> cycles = new ArrayList<>();
    for (String start : imports.keySet()) {
      List<String> path = new ArrayList<>();
      path.add(start);
      findCycle(start, start, path, new TreeSet<>(), cycles);
    }
    assertThat(cycles).as("package cycles (each as a path back to its start)").isEmpty();
  }

  private static void findCycle(
      String start, String at, List<String> path, Set<String> seen, List<List<String>> cycles) {
    for (String next : imports.getOrDefault(at, Set.of())) {
      if (next.equals(start)) {
        List<String> cycle = new ArrayList<>(path);
        cycle.add(start);
        // Report each cycle once: from its alphabetically first package.
        if (path.stream().allMatch(p -> p.compareTo(start) >= 0)) {
          cycles.add(cycle);
        }
      } else if (seen.add(next)) {
        path.add(next);
        findCycle(start, next, path, seen, cycles);
        path.remove(path.size() - 1);
      }
    }
  }

  @Test
  void eachLayerImportsOnlyTheLayersBelowIt() {
    List<String> wrong = new ArrayList<>();
    imports.forEach(
        (from, targets) -> {
          Set<String> allowed = MAY_IMPORT.get(layer(from));
          if (allowed == null) {
            return;
          }
          for (String to : targets) {
            if (!allowed.contains(layer(to))) {
              wrong.add(from + " imports " + to);
            }
          }
        });
    assertThat(wrong).as("imports against the layers of docs/architecture.md").isEmpty();
  }

  @Test
  void onlyTheEntryPointsImportTheCommandLine() {
    imports.forEach(
        (from, targets) -> {
          if (!layer(from).isEmpty() && !layer(from).equals("cli")) {
            assertThat(targets).as(from).doesNotContain("dev.aihire.cli");
          }
        });
  }
}
