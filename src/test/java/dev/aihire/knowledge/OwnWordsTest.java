package dev.aihire.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The knowledge and the docs are written in the project's own words: no run of eight words is
 * shared with the seed documents or the domain facts they were drawn from. Skipped where the shared
 * folder (a sibling of the checkout) is absent, as in a plain clone.
 */
class OwnWordsTest {
  static final int N = 8;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  @Test
  void noEightWordRunIsSharedWithTheSeedsOrTheFacts() throws IOException {
    Path shared =
        Stream.of(Path.of("../shared"), Path.of("../../shared"))
            .filter(p -> Files.isDirectory(p.resolve("seeds")))
            .findFirst()
            .orElse(null);
    assumeTrue(shared != null, "no ../shared/seeds beside this checkout");
    Set<String> sources = new HashSet<>();
    try (Stream<Path> seeds = Files.list(shared.resolve("seeds"))) {
      for (Path p : seeds.filter(p -> p.toString().endsWith(".txt")).toList()) {
        sources.addAll(grams(p));
      }
    }
    Path facts = shared.resolve("domain/FACTS.md");
    if (Files.exists(facts)) {
      sources.addAll(grams(facts));
    }
    List<Path> ours = new ArrayList<>(List.of(Path.of("roles.yaml"), Path.of("README.md")));
    try (Stream<Path> docs = Files.list(Path.of("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(ours::add);
    }
    List<String> shared8 = new ArrayList<>();
    for (Path p : ours) {
      for (String g : grams(p)) {
        if (sources.contains(g)) {
          shared8.add(p + ": " + g);
        }
      }
    }
    assertThat(shared8).isEmpty();
  }

  /** Word 8-grams, lower case, apostrophes dropped so "don't" and "dont" are one word. */
  static Set<String> grams(Path file) throws IOException {
    String text =
        Files.readString(file, StandardCharsets.UTF_8)
            .toLowerCase(Locale.ROOT)
            .replace("\u2019", "")
            .replace("'", "");
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(m.group());
    }
    Set<String> out = new HashSet<>();
    for (int i = 0; i + N <= words.size(); i++) {
      out.add(String.join(" ", words.subList(i, i + N)));
    }
    return out;
  }
}
