package dev.aihire.knowledge;

import dev.aihire.model.Knowledge;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * Loads and validates a knowledge file: YAML text, then shape, then cross-references. Which form a
 * run reads (compiled, cached or YAML) is the storage layer's choice
 * (dev.aihire.compiled.KnowledgeStore); this class only ever parses.
 */
public final class KnowledgeLoader {
  /** Where the bundled roles.yaml lives inside the jar. */
  public static final String BUNDLED = "/dev/aihire/roles.yaml";

  private KnowledgeLoader() {}

  /** The bundled roles.yaml, parsed and validated (runs read its compiled form instead). */
  public static Knowledge loadBundled() throws KnowledgeException {
    return loadBundledYaml();
  }

  /** The bundled roles.yaml, parsed and validated. */
  public static Knowledge loadBundledYaml() throws KnowledgeException {
    try (InputStream in = KnowledgeLoader.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new KnowledgeException(
            List.of(
                new Problem(
                    "roles.yaml",
                    1,
                    1,
                    "the bundled knowledge is missing from the jar; rebuild with ./mvnw package")));
      }
      return parse("roles.yaml", in.readAllBytes());
    } catch (IOException e) {
      throw new KnowledgeException(
          List.of(
              new Problem(
                  "roles.yaml", 1, 1, "cannot read the bundled knowledge: " + e.getMessage())));
    }
  }

  public static Knowledge load(Path path) throws KnowledgeException {
    return parse(path.toString(), read(path));
  }

  /**
   * At most {@code limit + 1} bytes of {@code in}. A file's reported {@code size}, when within the
   * limit, sizes the array: read in growing chunks, a 35 MiB file cost 90 MB of arrays and a copy
   * of them all. The size is only a hint: a file that shrank or grew meanwhile reads as it is.
   */
  static byte[] readBounded(InputStream in, long size, int limit) throws IOException {
    if (size <= 0 || size > limit) {
      return in.readNBytes(limit + 1);
    }
    byte[] bytes = new byte[(int) size];
    int read = in.readNBytes(bytes, 0, bytes.length);
    if (read < bytes.length) {
      return Arrays.copyOf(bytes, read);
    }
    byte[] more = in.readNBytes(limit + 1 - read);
    if (more.length == 0) {
      return bytes;
    }
    byte[] all = Arrays.copyOf(bytes, read + more.length);
    System.arraycopy(more, 0, all, read, more.length);
    return all;
  }

  /** The bytes of a knowledge file, with a clear problem for each way reading can fail. */
  public static byte[] read(Path path) throws KnowledgeException {
    String name = path.toString();
    try {
      if (Files.isDirectory(path)) {
        throw fail(name, "is a directory, not a knowledge file; give the path of a .yaml file");
      }
      // Bounded by what is read; the size the file system reports only sizes the array: a device
      // (/dev/zero) or a pipe reports 0 and never ends. Memory stays within the limit.
      long size = Files.isRegularFile(path) ? Files.size(path) : -1;
      try (InputStream in = Files.newInputStream(path)) {
        byte[] bytes = readBounded(in, size, YamlReader.MAX_BYTES);
        if (bytes.length > YamlReader.MAX_BYTES) {
          throw fail(
              name,
              size > 0
                  ? String.format(
                      "the file is %.1f MiB, over the limit of %d"
                          + " MiB; is this really a knowledge file?",
                      size / 1048576.0, YamlReader.MAX_BYTES / 1048576)
                  : String.format(
                      "it does not end within %d MiB, the limit for a"
                          + " knowledge file; is this a device or an endless pipe?",
                      YamlReader.MAX_BYTES / 1048576));
        }
        return bytes;
      }
    } catch (NoSuchFileException e) {
      throw fail(name, "no such file; check the path");
    } catch (AccessDeniedException e) {
      throw fail(name, "permission denied; make the file readable (chmod +r)");
    } catch (IOException e) {
      throw fail(name, "cannot read: " + e.getMessage());
    }
  }

  /** Parses and validates; every problem in the file is reported at once. */
  public static Knowledge parse(String name, byte[] bytes) throws KnowledgeException {
    return parse(name, bytes, bound -> {});
  }

  /**
   * As {@link #parse(String, byte[])}; {@code bound} is given the knowledge as soon as it is bound
   * without a problem, before the cross-checks and text checks, so that work on it (the
   * recommender's index of a large file) can start meanwhile. The knowledge is returned only if
   * those checks find nothing either.
   */
  public static Knowledge parse(String name, byte[] bytes, Consumer<Knowledge> bound)
      throws KnowledgeException {
    List<Problem> problems = new ArrayList<>();
    Node root = new YamlReader(name, problems).read(bytes);
    if (root == null) {
      throw new KnowledgeException(problems);
    }
    Binder binder = new Binder(name, problems);
    Knowledge knowledge = binder.bind(root);
    if (knowledge != null && problems.isEmpty()) {
      bound.accept(knowledge);
    }
    if (knowledge != null) {
      new CrossChecks(binder).check(knowledge);
      new TextChecks(binder).check(root, knowledge);
    }
    if (!problems.isEmpty()) {
      problems.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
      throw new KnowledgeException(problems);
    }
    return knowledge;
  }

  private static KnowledgeException fail(String file, String message) {
    return new KnowledgeException(List.of(new Problem(file, 1, 1, message)));
  }
}
