package dev.aihire.cli;

import dev.aihire.knowledge.KnowledgeException;
import dev.aihire.knowledge.KnowledgeLoader;
import dev.aihire.model.Knowledge;
import dev.aihire.model.Role;
import dev.aihire.model.Term;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words shell completion offers for roles and glossary terms. They are written at build time
 * from the bundled roles.yaml (Maven's process-classes phase, beside the compiled knowledge) and
 * read only when a completion script is printed: no run pays for them.
 *
 * <p>Build usage: {@code CompletionWords ROLES_YAML CLASSES_DIR}
 */
public final class CompletionWords {
  static final String ROLES = "dev/aihire/cli/completion-roles.txt";
  static final String TERMS = "dev/aihire/cli/completion-terms.txt";

  /** A word a shell completes as one: no spaces or quotes, which completion scripts split. */
  private static final Pattern ONE_WORD = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+-]*");

  private CompletionWords() {}

  public static void main(String[] args) throws IOException, KnowledgeException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: CompletionWords ROLES_YAML CLASSES_DIR");
    }
    Path yaml = Path.of(args[0]);
    Knowledge k = KnowledgeLoader.parse(yaml.toString(), Files.readAllBytes(yaml));
    Path classes = Path.of(args[1]);
    write(classes.resolve(ROLES), roleWords(k));
    write(classes.resolve(TERMS), termWords(k));
  }

  /** Role ids first (what people type), then one-word names and aliases ("MLE"). */
  static List<String> roleWords(Knowledge k) {
    Set<String> words = new LinkedHashSet<>();
    k.roles().forEach(r -> words.add(r.id()));
    for (Role r : k.roles()) {
      oneWords(words, r.name());
      r.aliases().forEach(a -> oneWords(words, a));
    }
    return List.copyOf(words);
  }

  /** Term ids first, then one-word names and aliases ("RAG", "LLM"). */
  static List<String> termWords(Knowledge k) {
    Set<String> words = new LinkedHashSet<>();
    k.glossary().forEach(t -> words.add(t.id()));
    for (Term t : k.glossary()) {
      oneWords(words, t.term());
      t.aliases().forEach(a -> oneWords(words, a));
    }
    return List.copyOf(words);
  }

  /** Adds {@code s} when it is one word and not already there in another case. */
  private static void oneWords(Set<String> words, String s) {
    if (ONE_WORD.matcher(s).matches() && words.stream().noneMatch(w -> w.equalsIgnoreCase(s))) {
      words.add(s);
    }
  }

  private static void write(Path file, List<String> words) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, String.join("\n", words) + "\n", StandardCharsets.UTF_8);
  }

  /** The role words, read from the jar when iterated (building a command model reads nothing). */
  static Iterable<String> roles() {
    return () -> read(ROLES).iterator();
  }

  static Iterable<String> terms() {
    return () -> read(TERMS).iterator();
  }

  private static List<String> read(String resource) {
    List<String> words = new ArrayList<>();
    InputStream in = CompletionWords.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      return words; // classes run without the build step: complete nothing rather than fail
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank()) {
          words.add(line.strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return words;
  }
}
