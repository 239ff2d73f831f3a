package dev.aihire.compiled;

import dev.aihire.engine.recommend.RecommendIndex;
import dev.aihire.model.Knowledge;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Compiled copies of the user's own knowledge files, so that a file is parsed and validated once,
 * not on every run. A copy is named by the SHA-256 of the file's bytes (a second file cannot be
 * made to share a copy's name, as it could with a CRC) and is used only if it was written by the
 * same code ({@link CodeId}) for the same content and its body matches its checksum; anything else
 * is a miss and the YAML is parsed again. The directory must be the user's own ({@link CacheDir}).
 * {@link SourceRecord}s let a later run skip reading the file.
 */
public final class KnowledgeCache {
  private final Path dir;
  private final Consumer<String> warn;
  private Boolean usable;

  /** A cache in {@code dir}; a directory that cannot be trusted is reported to {@code warn}. */
  public KnowledgeCache(Path dir, Consumer<String> warn) {
    this.dir = dir;
    this.warn = warn;
  }

  public KnowledgeCache(Path dir) {
    this(dir, message -> {});
  }

  /** Whether the directory is there and the user's own (checked, and created, once). */
  synchronized boolean usable() {
    if (usable == null) {
      usable = CacheDir.prepare(dir, warn);
    }
    return usable;
  }

  /** Whether {@link #put} will compile knowledge into this cache (and so build its index). */
  boolean compiles() {
    return CodeId.get() != null && usable();
  }

  Path dir() {
    return dir;
  }

  /** The key of some content: "sha256-" and its hex digest. */
  public static String key(byte[] content) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return "sha256-" + HexFormat.of().formatHex(sha.digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private Path file(String key) {
    return dir.resolve("knowledge-" + key + ".bin");
  }

  /** The compiled knowledge for this content, or null. */
  public StoredKnowledge get(String key) {
    return get(key, null);
  }

  /**
   * As above; when the compiled copy's {@link SourceRecord#stat} is still {@code checked}, the
   * state it was in when its whole body last passed its checksum (or was written), the checksum is
   * not computed again: on a large file it touched every page of it, ~15 ms of a later answer.
   */
  StoredKnowledge get(String key, String checked) {
    String codeId = CodeId.get();
    if (codeId == null || !usable()) {
      return null;
    }
    try {
      Path file = file(key);
      ByteBuffer bytes = map(file);
      // Stated after mapping: a replacement (a rename) after this is not what was mapped, and one
      // before it has another inode, so another state.
      boolean unchanged = checked != null && checked.equals(SourceRecord.stat(file));
      return KnowledgeCodec.decode(bytes, codeId, key, !unchanged);
    } catch (IOException | RuntimeException e) {
      return null; // missing, stale or corrupt: parse the YAML instead
    }
  }

  /** The compiled copy's state as the file system reports it (see {@link SourceRecord#stat}). */
  String stat(String key) {
    return SourceRecord.stat(file(key));
  }

  /**
   * The file mapped in memory, not read: records are decoded from it as they are used, so a large
   * file costs its pages touched. Cache files are replaced by rename, never rewritten in place, so
   * a mapping stays valid while it is used.
   */
  static ByteBuffer map(Path file) throws IOException {
    try (FileChannel ch = FileChannel.open(plainFile(file), StandardOpenOption.READ)) {
      return ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size());
    }
  }

  /**
   * {@code file}, if it is a plain file and not a link: opening a pipe left in the cache directory
   * would wait forever, and a link points at what the program did not write.
   */
  static Path plainFile(Path file) throws IOException {
    if (!Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
        .isRegularFile()) {
      throw new IOException(file + " is not a plain file");
    }
    return file;
  }

  /** The bytes of {@code file}, a plain file of the cache ({@link #plainFile}). */
  static byte[] readPlain(Path file) throws IOException {
    return Files.readAllBytes(plainFile(file));
  }

  /** Stores freshly validated knowledge; returns it with the index built for it. */
  public StoredKnowledge put(String key, Knowledge k) {
    return put(key, k, null);
  }

  /**
   * As {@link #put(String, Knowledge)}, with the work {@link Ahead} started for this knowledge
   * before it was checked (null: none).
   */
  StoredKnowledge put(String key, Knowledge k, Ahead ahead) {
    Compiled compiled = compile(key, k, ahead);
    compiled.write().run();
    return compiled.stored();
  }

  /**
   * Freshly validated knowledge with its index, and the writing of its compiled copy, not yet
   * begun: a first run on a large file can answer while another thread encodes and writes it.
   */
  record Compiled(StoredKnowledge stored, Runnable write) {}

  /** As {@link #put(String, Knowledge, Ahead)}, leaving the write to the caller. */
  Compiled compile(String key, Knowledge k, Ahead ahead) {
    String codeId = CodeId.get();
    if (codeId == null || !usable()) {
      return new Compiled(StoredKnowledge.building(k), () -> {});
    }
    if (ahead == null) {
      RecommendIndex index = RecommendIndex.build(k);
      return new Compiled(
          StoredKnowledge.of(k, index),
          copyWriter(key, () -> KnowledgeCodec.encode(k, index, codeId, key)));
    }
    RecommendIndex index = RecommendIndex.build(k, ahead.semantic);
    // The build joined the thread that wrote the sections: they are seen whole here, and by the
    // thread the write is handed to (started after this).
    CompiledFile.Writer sections = ahead.sections;
    return new Compiled(
        StoredKnowledge.of(k, index),
        copyWriter(key, () -> KnowledgeCodec.encode(sections, index, codeId, key)));
  }

  /** Writes the compiled copy {@code encoded} makes under {@code key}, sweeping up first. */
  private Runnable copyWriter(String key, Supplier<byte[]> encoded) {
    return () -> {
      sweepAbandoned();
      write(file(key), encoded.get());
    };
  }

  /** Age after which a temporary file is taken as left by a run killed while it wrote. */
  static final Duration ABANDONED = Duration.ofHours(1);

  /**
   * Deletes the temporary files of compiled copies whose runs were killed mid-write (Ctrl-C while a
   * first run writes its copy after the answer): each can be as large as the copy, 56 MB for a 35
   * MiB file. One an hour old is no longer being written by anyone.
   */
  void sweepAbandoned() {
    long before = System.currentTimeMillis() - ABANDONED.toMillis();
    try (DirectoryStream<Path> temporaries = Files.newDirectoryStream(dir, "knowledge-*.tmp")) {
      for (Path p : temporaries) {
        try {
          if (Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).toMillis() < before) {
            Files.deleteIfExists(p);
          }
        } catch (IOException e) {
          // another run's, gone meanwhile, or not ours to delete: left alone
        }
      }
    } catch (IOException | RuntimeException e) {
      // left for the next time
    }
  }

  /**
   * The work a first run starts on a second thread as soon as a new file is bound, while the main
   * thread checks it: the semantic index, the profile index, then the knowledge's own sections.
   */
  static final class Ahead {
    private final RecommendIndex.SemanticBuild semantic;
    private CompiledFile.Writer sections;

    Ahead(Knowledge k) {
      this.semantic =
          RecommendIndex.startSemantic(k, () -> sections = KnowledgeCodec.knowledgeSections(k));
    }
  }

  /** Deletes the compiled copy of this content, if there is one; a failure only costs space. */
  void delete(String key) {
    try {
      Files.deleteIfExists(file(key));
    } catch (IOException | RuntimeException e) {
      // left for the next time
    }
  }

  /** Writes under a temporary name (0600 in a 0700 directory), then renames into place. */
  void write(Path target, byte[] bytes) {
    try {
      Path tmp = Files.createTempFile(dir, "knowledge-", ".tmp");
      try {
        Files.write(tmp, bytes);
        Files.move(
            tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException | RuntimeException e) {
      // A cache that cannot be written only costs speed.
    }
  }

  void write(Path target, String text) {
    write(target, text.getBytes(StandardCharsets.UTF_8));
  }
}
