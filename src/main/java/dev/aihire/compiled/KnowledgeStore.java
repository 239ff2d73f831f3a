package dev.aihire.compiled;

import dev.aihire.engine.recommend.Worker;
import dev.aihire.knowledge.KnowledgeException;
import dev.aihire.knowledge.KnowledgeLoader;
import dev.aihire.model.Knowledge;
import dev.aihire.resource.Bundled;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;

/**
 * Where knowledge comes from, in one place: the bundled knowledge from its compiled form (made and
 * validated at build time), a user's file from its compiled copy in the cache when the same content
 * was validated before by the same code, and otherwise the YAML, parsed and validated (and, for a
 * user's file, compiled into the cache for next time).
 */
public final class KnowledgeStore {
  /**
   * Where the bundled compiled form lives in the jar (written by {@link KnowledgeCompiler}), inside
   * a zip of one stored entry ({@link StoredZip}).
   */
  public static final String BUNDLED_COMPILED = "/dev/aihire/roles.bin.zip";

  /** The key the bundled compiled form is written under. */
  static final String BUNDLED_KEY = "bundled";

  private final KnowledgeCache cache;
  private final boolean writeBehind;
  private Worker writing;

  /** A store over this cache; null for none (every user file is parsed). */
  public KnowledgeStore(KnowledgeCache cache) {
    this(cache, false);
  }

  /**
   * As {@link #KnowledgeStore(KnowledgeCache)}; with {@code writeBehind} a file compiled afresh is
   * handed back as soon as its index is built, and its compiled copy is encoded and written on a
   * thread of its own while the caller answers ({@link #settle} waits for that).
   */
  public KnowledgeStore(KnowledgeCache cache, boolean writeBehind) {
    this.cache = cache;
    this.writeBehind = writeBehind;
  }

  /**
   * Waits until the compiled copy being written behind (if any) is on disk.
   *
   * @throws RuntimeException what the encoding threw (a bug), as it would have without the thread
   */
  public void settle() {
    if (writing != null) {
      Worker w = writing;
      writing = null;
      w.await();
    }
  }

  /** The user's file if one is given, else the bundled knowledge. */
  public StoredKnowledge load(Path file) throws KnowledgeException {
    return file == null ? bundled() : file(file, false);
  }

  /**
   * The bundled knowledge: its compiled form when this is a built copy; else (or if that form is
   * damaged) roles.yaml parsed and validated as any file.
   */
  public static StoredKnowledge bundled() throws KnowledgeException {
    String codeId = CodeId.get();
    if (codeId != null) {
      try (InputStream in = Bundled.open(BUNDLED_COMPILED.substring(1))) {
        if (in != null) {
          // No SHA-256, as for a user's file: it is the jar's own. Its zip entry's CRC-32, checked
          // by unwrap over every byte, finds damage; the body's CRC32C would check the same bytes
          // again (1-1.5 ms of a one-line answer, interpreted).
          return KnowledgeCodec.decode(
              ByteBuffer.wrap(StoredZip.unwrap(in)), codeId, BUNDLED_KEY, false);
        }
      } catch (IOException | RuntimeException e) {
        // fall back to the YAML
      }
    }
    return StoredKnowledge.building(KnowledgeLoader.loadBundledYaml());
  }

  /**
   * A user's knowledge file, answered from its compiled copy when there is a valid one; {@code
   * revalidate} parses and validates the YAML even then (for 'validate'). A file that validates is
   * compiled into the cache.
   */
  public StoredKnowledge file(Path path, boolean revalidate) throws KnowledgeException {
    if (cache == null || !cache.usable()) {
      return StoredKnowledge.building(
          KnowledgeLoader.parse(path.toString(), KnowledgeLoader.read(path)));
    }
    // Taken before the read: a change during the read then makes the next run's record miss.
    String stat = SourceRecord.stat(path);
    if (!revalidate) {
      SourceRecord.Known known = SourceRecord.lookup(cache, path, stat);
      StoredKnowledge stored = known == null ? null : cache.get(known.key(), known.compiled());
      if (stored != null) {
        // Nothing changed: the file is not even read. If the compiled copy's body was checked
        // just now (it had changed, or had no recorded state), later runs need not check it.
        String compiled = cache.stat(known.key());
        if (compiled != null && !compiled.equals(known.compiled())) {
          SourceRecord.remember(cache, path, stat, known.key(), compiled);
        }
        return stored;
      }
    }
    byte[] bytes = KnowledgeLoader.read(path);
    String key = KnowledgeCache.key(bytes);
    StoredKnowledge stored = revalidate ? null : cache.get(key);
    if (stored != null) {
      // Stated now, after it was checked, and before any later change.
      SourceRecord.remember(cache, path, stat, key, cache.stat(key));
      return stored;
    }
    // The semantic index (half of a large file's index) starts on a second thread once the
    // file is bound, beside the checks, which would otherwise leave that core idle.
    KnowledgeCache.Ahead[] ahead = {null};
    Knowledge k =
        KnowledgeLoader.parse(
            path.toString(),
            bytes,
            bound -> ahead[0] = cache.compiles() ? new KnowledgeCache.Ahead(bound) : null);
    bytes = null; // not needed while the index is built and encoded
    KnowledgeCache.Compiled compiled = cache.compile(key, k, ahead[0]);
    // Stated after it was written, and before any later change.
    Runnable write =
        () -> {
          compiled.write().run();
          SourceRecord.remember(cache, path, stat, key, cache.stat(key));
        };
    if (writeBehind) {
      settle();
      // Not a daemon: the process waits for it (settle), so the copy is never left half made.
      writing = Worker.start("aihire-compiled-copy", false, write);
    } else {
      write.run();
    }
    return compiled.stored();
  }
}
