package dev.aihire.compiled;

import dev.aihire.engine.recommend.RecommendIndex;
import dev.aihire.model.Knowledge;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * Compiled copies of the user's own knowledge files, so that a file is parsed and validated
 * once, not on every run. A copy is found by the file's content (its length and two
 * checksums: CRC32C and CRC32, which the JVM computes at gigabytes a second where SHA-256 costs
 * hundreds of milliseconds on a large file before the JIT warms up) and is used only if it was
 * written by the same code ({@link CodeId}) for the same content. Anything unreadable, stale or
 * corrupt is ignored and the YAML is parsed again; failures to write are ignored too.
 */
public final class KnowledgeCache {
  private final Path dir;

  public KnowledgeCache(Path dir) {
    this.dir = dir;
  }

  public static String key(byte[] content) {
    CRC32C c = new CRC32C();
    c.update(content);
    CRC32 d = new CRC32();
    d.update(content);
    return String.format("%08x%08x-%d", c.getValue(), d.getValue(), content.length);
  }

  private Path file(String key) {
    return dir.resolve("knowledge-" + key + ".bin");
  }

  /** The compiled knowledge for this content, or null. */
  public StoredKnowledge get(String key) {
    String codeId = CodeId.get();
    if (codeId == null) {
      return null;
    }
    try {
      return KnowledgeCodec.decode(Files.readAllBytes(file(key)), codeId, key, true);
    } catch (IOException | RuntimeException e) {
      return null; // missing, stale or corrupt: parse the YAML instead
    }
  }

  /** Stores freshly validated knowledge; returns it with the index built for it. */
  public StoredKnowledge put(String key, Knowledge k) {
    String codeId = CodeId.get();
    if (codeId == null) {
      return StoredKnowledge.building(k);
    }
    RecommendIndex index = RecommendIndex.build(k);
    StoredKnowledge stored = StoredKnowledge.of(k, index);
    try {
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, "knowledge-", ".tmp");
      try {
        Files.write(tmp, KnowledgeCodec.encode(k, index, codeId, key));
        Files.move(tmp, file(key), StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException | RuntimeException e) {
      // A cache that cannot be written only costs speed.
    }
    return stored;
  }
}
