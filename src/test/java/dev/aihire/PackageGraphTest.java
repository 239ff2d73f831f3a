package dev.aihire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
import org.junit.jupiter.api.Test;

/** The layers stay one-way: no package of the main code depends, through others, on itself. */
class PackageGraphTest {
  private static final Path MAIN = Path.of("src/main/java");

  /** A reference to one of our classes: an import or a qualified name in code. */
  private static final Pattern USE = Pattern.compile("\\b(dev\\.aihire(?:\\.[a-z]+)*)\\.[A-Z]");

  @Test
  void noPackageCycle() throws IOException {
    Map<String, Set<String>> uses = graph();
    List<String> cycles = new ArrayList<>();
    for (String start : uses.keySet()) {
      List<String> path = cycleFrom(start, start, uses, new ArrayList<>(), new TreeSet<>());
      if (path != null) {
        cycles.add(String.join(" -> ", path));
      }
    }
    assertThat(cycles).isEmpty();
  }

  @Test
  void storageFormatStaysOutOfTheModelTheLoaderAndTheEngines() throws IOException {
    Map<String, Set<String>> uses = graph();
    for (String pkg :
        List.of("dev.aihire.model", "dev.aihire.knowledge", "dev.aihire.engine.recommend")) {
      assertThat(uses.getOrDefault(pkg, Set.of()))
          .as(pkg)
          .noneMatch(p -> p.startsWith("dev.aihire.compiled"));
    }
    assertThat(uses.getOrDefault("dev.aihire.compiled.binary", Set.of())).isEmpty();
  }

  private static List<String> cycleFrom(
      String start, String at, Map<String, Set<String>> uses, List<String> path, Set<String> seen) {
    path.add(at);
    for (String next : uses.getOrDefault(at, Set.of())) {
      if (next.equals(start)) {
        List<String> cycle = new ArrayList<>(path);
        cycle.add(start);
        return cycle;
      }
      if (seen.add(next)) {
        List<String> found = cycleFrom(start, next, uses, path, seen);
        if (found != null) {
          return found;
        }
      }
    }
    path.remove(path.size() - 1);
    return null;
  }

  private static Map<String, Set<String>> graph() throws IOException {
    Map<String, Set<String>> uses = new TreeMap<>();
    List<Path> files;
    try (Stream<Path> s = Files.walk(MAIN.resolve("dev/aihire"))) {
      files = s.filter(p -> p.toString().endsWith(".java")).toList();
    }
    for (Path f : files) {
      String pkg = MAIN.relativize(f.getParent()).toString().replace('/', '.');
      for (String line : Files.readAllLines(f)) {
        String code = line.strip();
        if (code.startsWith("*") || code.startsWith("/") || code.startsWith("package ")) {
          continue; // comments name packages without depending on them
        }
        Matcher m = USE.matcher(code);
        while (m.find()) {
          if (!m.group(1).equals(pkg)) {
            uses.computeIfAbsent(pkg, k -> new TreeSet<>()).add(m.group(1));
          }
        }
      }
    }
    return uses;
  }
}
