package dev.aihire.compiled;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32C;

/**
 * What a run remembers of a knowledge file it compiled: its path, size, modification and change
 * times, inode and device, and the key of its content. When all of these still match, a later run
 * takes the key from the record instead of reading and hashing the file (26 MB cost more than the
 * whole answer). A record that does not end in its own checksum is ignored; any change to the file
 * (an edit changes its times, a replacement its inode) makes the record miss.
 *
 * <p>It also holds the same identity of the compiled copy as it was when its whole body was last
 * written or passed its checksum. While the copy is still in that state, a later run maps it
 * without computing the checksum again, which touched every page of a large copy: the launcher
 * trusts its class-data archive the same way (docs/reliability.md). Writing a file changes its
 * modification and change times; the change time cannot be set back without root.
 */
final class SourceRecord {
  private static final String HEADER = "aihire source record 2\n";

  private SourceRecord() {}

  /** The file's identity as the file system reports it, or null if it is not a regular file. */
  static String stat(Path file) {
    try {
      try {
        Map<String, Object> a =
            Files.readAttributes(file, "unix:isRegularFile,size,lastModifiedTime,ctime,ino,dev");
        if (!Boolean.TRUE.equals(a.get("isRegularFile"))) {
          return null;
        }
        return "size "
            + a.get("size")
            + " mtime "
            + nanos(a.get("lastModifiedTime"))
            + " ctime "
            + nanos(a.get("ctime"))
            + " ino "
            + a.get("ino")
            + " dev "
            + a.get("dev");
      } catch (UnsupportedOperationException e) {
        BasicFileAttributes b = Files.readAttributes(file, BasicFileAttributes.class);
        return b.isRegularFile()
            ? "size " + b.size() + " mtime " + b.lastModifiedTime() + " key " + b.fileKey()
            : null;
      }
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static String nanos(Object time) {
    return time instanceof FileTime t
        ? Long.toString(t.to(TimeUnit.NANOSECONDS))
        : String.valueOf(time);
  }

  /**
   * What a record says: the key of the file's content, and the state of its compiled copy when that
   * copy's whole body was last checked or written (null if unknown).
   */
  record Known(String key, String compiled) {}

  /** What is recorded for this file in this state, or null. */
  static Known lookup(KnowledgeCache cache, Path source, String stat) {
    if (stat == null) {
      return null;
    }
    try {
      String text =
          new String(KnowledgeCache.readPlain(fileFor(cache, source)), StandardCharsets.UTF_8);
      String expected = prefix(source, stat);
      if (!text.startsWith(expected)) {
        return null;
      }
      String[] rest = text.substring(expected.length()).split("\n", -1);
      if (rest.length != 4
          || !rest[3].isEmpty()
          || !rest[0].startsWith("sha256-")
          || !rest[2].equals(crc(expected + rest[0] + "\n" + rest[1] + "\n"))) {
        return null;
      }
      return new Known(rest[0], rest[1].isEmpty() ? null : rest[1]);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * Records {@code key} for the file in this state. The compiled copy recorded for the file's
   * earlier content is deleted: each edit of a large file would otherwise leave a copy of tens of
   * megabytes behind for good. (Another file of that same content, if any, compiles it again.)
   */
  static void remember(
      KnowledgeCache cache, Path source, String stat, String key, String compiled) {
    if (stat != null) {
      String earlier = recordedKey(cache, source);
      String body = prefix(source, stat) + key + "\n" + (compiled == null ? "" : compiled) + "\n";
      cache.write(fileFor(cache, source), body + crc(body) + "\n");
      if (earlier != null && !earlier.equals(key)) {
        cache.delete(earlier);
      }
    }
  }

  /** The key in this file's record whatever state it was recorded in, or null. */
  private static String recordedKey(KnowledgeCache cache, Path source) {
    try {
      String text =
          new String(KnowledgeCache.readPlain(fileFor(cache, source)), StandardCharsets.UTF_8);
      String[] lines = text.split("\n", -1);
      if (lines.length != 7
          || !text.startsWith(HEADER + source.toAbsolutePath() + "\n")
          || !lines[3].startsWith("sha256-")
          || !lines[5].equals(
              crc(String.join("\n", lines[0], lines[1], lines[2], lines[3], lines[4]) + "\n"))) {
        return null;
      }
      return lines[3];
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static String prefix(Path source, String stat) {
    return HEADER + source.toAbsolutePath() + "\n" + stat + "\n";
  }

  /**
   * The record's file, named by a checksum of the path. Not a cryptographic hash: the record holds
   * the whole path and is checked against it, so two paths that share a name only take turns, and
   * the answer from a recorded file then needs no SHA-256 at all (its provider's start-up was a
   * tenth of such an answer).
   */
  private static Path fileFor(KnowledgeCache cache, Path source) {
    String path = source.toAbsolutePath().toString();
    CRC32C c = new CRC32C();
    c.update(path.getBytes(StandardCharsets.UTF_8));
    long name = (c.getValue() << 32) | (path.hashCode() & 0xffffffffL);
    return cache.dir().resolve("source-" + HexFormat.of().toHexDigits(name) + ".rec");
  }

  private static String crc(String text) {
    CRC32C c = new CRC32C();
    c.update(text.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().toHexDigits((int) c.getValue());
  }
}
