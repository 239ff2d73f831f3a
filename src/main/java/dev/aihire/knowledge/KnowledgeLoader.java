package dev.aihire.knowledge;

import dev.aihire.compiled.CodeId;
import dev.aihire.compiled.KnowledgeCache;
import dev.aihire.compiled.KnowledgeCodec;
import dev.aihire.model.Knowledge;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Loads and validates a knowledge file: YAML text, then shape, then cross-references. */
public final class KnowledgeLoader {
  /** Where the bundled roles.yaml lives inside the jar. */
  public static final String BUNDLED = "/dev/aihire/roles.yaml";

  /** Its compiled form, written by the build (see dev.aihire.compiled.KnowledgeCompiler). */
  public static final String BUNDLED_COMPILED = "/dev/aihire/roles.bin";

  /** The key the bundled compiled form is written under. */
  public static final String BUNDLED_KEY = "bundled";

  private KnowledgeLoader() {}

  /**
   * The bundled knowledge: its compiled form, validated at build time, when this is a built
   * copy; else (or if that form is damaged) roles.yaml parsed and validated as any file.
   */
  public static Knowledge loadBundled() throws KnowledgeException {
    String codeId = CodeId.get();
    if (codeId != null) {
      try (InputStream in = KnowledgeLoader.class.getResourceAsStream(BUNDLED_COMPILED)) {
        if (in != null) {
          return KnowledgeCodec.decode(in.readAllBytes(), codeId, BUNDLED_KEY);
        }
      } catch (IOException | RuntimeException e) {
        // fall back to the YAML
      }
    }
    return loadBundledYaml();
  }

  /** The bundled roles.yaml, parsed and validated. */
  public static Knowledge loadBundledYaml() throws KnowledgeException {
    try (InputStream in = KnowledgeLoader.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new KnowledgeException(List.of(new Problem("roles.yaml", 1, 1,
            "the bundled knowledge is missing from the jar; rebuild with ./mvnw package")));
      }
      return parse("roles.yaml", in.readAllBytes());
    } catch (IOException e) {
      throw new KnowledgeException(List.of(new Problem("roles.yaml", 1, 1,
          "cannot read the bundled knowledge: " + e.getMessage())));
    }
  }

  public static Knowledge load(Path path) throws KnowledgeException {
    return parse(path.toString(), read(path));
  }

  /**
   * Like {@link #load(Path)}, but answered from the compiled copy in {@code cache} when the
   * same content was validated before by the same code; a file that validates is compiled into
   * it. {@code reparse} validates the YAML even when a copy exists (for 'validate').
   */
  public static Knowledge load(Path path, KnowledgeCache cache, boolean reparse)
      throws KnowledgeException {
    byte[] bytes = read(path);
    if (cache == null) {
      return parse(path.toString(), bytes);
    }
    String key = KnowledgeCache.key(bytes);
    Knowledge k = reparse ? null : cache.get(key);
    if (k == null) {
      k = parse(path.toString(), bytes);
      cache.put(key, k);
    }
    return k;
  }

  private static byte[] read(Path path) throws KnowledgeException {
    String name = path.toString();
    try {
      if (Files.isDirectory(path)) {
        throw fail(name, "is a directory, not a knowledge file; give the path of a .yaml file");
      }
      long size = Files.size(path);
      if (size > YamlReader.MAX_BYTES) {
        throw fail(name, String.format("the file is %.1f MiB, over the limit of %d MiB; is this"
            + " really a knowledge file?", size / 1048576.0, YamlReader.MAX_BYTES / 1048576));
      }
      return Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw fail(name, "no such file; check the path given to --knowledge or AIHIRE_KNOWLEDGE");
    } catch (AccessDeniedException e) {
      throw fail(name, "permission denied; make the file readable (chmod +r)");
    } catch (IOException e) {
      throw fail(name, "cannot read: " + e.getMessage());
    }
  }

  /** Parses and validates; every problem in the file is reported at once. */
  public static Knowledge parse(String name, byte[] bytes) throws KnowledgeException {
    List<Problem> problems = new ArrayList<>();
    Node root = new YamlReader(name, problems).read(bytes);
    if (root == null) {
      throw new KnowledgeException(problems);
    }
    Binder binder = new Binder(name, problems);
    Knowledge knowledge = binder.bind(root);
    if (knowledge != null) {
      new CrossChecks(binder).check(knowledge);
    }
    if (!problems.isEmpty()) {
      problems.sort(java.util.Comparator.comparingInt(Problem::line)
          .thenComparingInt(Problem::column));
      throw new KnowledgeException(problems);
    }
    return knowledge;
  }

  private static KnowledgeException fail(String file, String message) {
    return new KnowledgeException(List.of(new Problem(file, 1, 1, message)));
  }
}
