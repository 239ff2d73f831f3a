package dev.aihire.compiled;

import dev.aihire.engine.recommend.RecommendIndex;
import dev.aihire.knowledge.KnowledgeException;
import dev.aihire.knowledge.KnowledgeLoader;
import dev.aihire.knowledge.Problem;
import dev.aihire.model.Knowledge;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.stream.Stream;

/**
 * Build step (Maven's process-classes phase): validates roles.yaml exactly as a run would, and
 * writes its compiled form beside the classes, with the code id of this build. A knowledge file
 * with problems fails the build with the same FILE:LINE:COL messages.
 *
 * <p>Usage: {@code KnowledgeCompiler ROLES_YAML CLASSES_DIR}
 */
public final class KnowledgeCompiler {
  /** Packages whose code decides what a knowledge file means and what is compiled from it. */
  private static final List<String> CODE =
      List.of(
          "dev/aihire/knowledge",
          "dev/aihire/model",
          "dev/aihire/text",
          "dev/aihire/compiled",
          "dev/aihire/engine/recommend",
          // The embedder and its table make the semantic index a compiled file keeps.
          "dev/aihire/semantic");

  private KnowledgeCompiler() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: KnowledgeCompiler ROLES_YAML CLASSES_DIR");
    }
    Path yaml = Path.of(args[0]);
    Path classes = Path.of(args[1]);
    String codeId = codeId(classes);
    Path idFile = classes.resolve(CodeId.RESOURCE.substring(1));
    Files.createDirectories(idFile.getParent());
    Files.writeString(idFile, codeId, StandardCharsets.US_ASCII);
    Knowledge k;
    try {
      k = KnowledgeLoader.parse(yaml.toString(), Files.readAllBytes(yaml));
    } catch (KnowledgeException e) {
      StringBuilder b = new StringBuilder("the bundled knowledge is invalid:");
      for (Problem p : e.problems()) {
        b.append('\n').append(p);
      }
      throw new IllegalStateException(b.toString());
    }
    byte[] compiled =
        KnowledgeCodec.encode(k, RecommendIndex.build(k), codeId, KnowledgeStore.BUNDLED_KEY);
    Path out = classes.resolve(KnowledgeStore.BUNDLED_COMPILED.substring(1));
    Files.createDirectories(out.getParent());
    Files.write(out, StoredZip.wrap(compiled));
    // The unwrapped form that builds before StoredZip wrote: a build without 'clean' would
    // otherwise pack it into the jar too.
    Files.deleteIfExists(out.resolveSibling(StoredZip.ENTRY));
  }

  /**
   * A hash of the class files of {@link #CODE} and of the embedding table beside them: changes
   * whenever that code is rebuilt changed or the table is distilled again.
   */
  static String codeId(Path classes) throws IOException, NoSuchAlgorithmException {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    for (String pkg : CODE) {
      Path dir = classes.resolve(pkg);
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path f :
            files
                .filter(p -> p.toString().endsWith(".class") || p.toString().endsWith(".zip"))
                .sorted()
                .toList()) {
          sha.update(
              classes.relativize(f).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
          try {
            sha.update(Files.readAllBytes(f));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      }
    }
    StringBuilder hex = new StringBuilder();
    for (byte b : sha.digest()) {
      hex.append(String.format("%02x", b));
    }
    return hex.substring(0, 32);
  }
}
