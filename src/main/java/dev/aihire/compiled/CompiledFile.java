package dev.aihire.compiled;

import dev.aihire.compiled.binary.CompactIn;
import dev.aihire.compiled.binary.CompactOut;
import dev.aihire.compiled.binary.CorruptException;
import dev.aihire.compiled.binary.StringTable;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The container of compiled knowledge: a header, one string table shared by all sections, a
 * directory of named sections and the sections' bytes. A section is found by name and read on
 * its own, so a command reads only the sections it uses.
 *
 * <p>Layout: int32 magic "AIHK", int32 format, the code id and the key (DataOutput UTF), int32
 * body length, the SHA-256 of the body (32 bytes), then the body: the {@link StringTable}, a
 * directory (varint count; per section: name reference, varint offset, varint length, offsets
 * from the end of the directory) and the sections in the order they were added.
 */
final class CompiledFile {
  static final int MAGIC = 0x4149484B; // "AIHK"
  /** 3: sections with a directory, a shared lazily decoded string table, a body checksum. */
  static final int FORMAT = 3;
  static final int DIGEST_BYTES = 32;

  /** Builds a file section by section. */
  static final class Writer {
    private final CompactOut strings = new CompactOut();
    private final List<String> names = new ArrayList<>();
    private final List<byte[]> sections = new ArrayList<>();

    /** Adds a section written by {@code body}. Names are unique. */
    Writer section(String name, Consumer<CompactOut> body) {
      if (names.contains(name)) {
        throw new IllegalArgumentException("section " + name + " twice");
      }
      CompactOut out = strings.fork();
      body.accept(out);
      names.add(name);
      sections.add(out.toByteArray());
      return this;
    }

    byte[] finish(String codeId, String key) {
      try {
        CompactOut directory = strings.fork();
        directory.varint(names.size());
        int offset = 0;
        for (int i = 0; i < names.size(); i++) {
          directory.string(names.get(i));
          directory.varint(offset);
          directory.varint(sections.get(i).length);
          offset += sections.get(i).length;
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream(offset + (1 << 16));
        DataOutputStream data = new DataOutputStream(body);
        strings.writeTable(data);
        data.write(directory.toByteArray());
        for (byte[] s : sections) {
          data.write(s);
        }
        data.flush();
        byte[] bodyBytes = body.toByteArray();
        ByteArrayOutputStream file = new ByteArrayOutputStream(bodyBytes.length + 128);
        DataOutputStream head = new DataOutputStream(file);
        head.writeInt(MAGIC);
        head.writeInt(FORMAT);
        head.writeUTF(codeId);
        head.writeUTF(key);
        head.writeInt(bodyBytes.length);
        head.write(sha256(bodyBytes, 0, bodyBytes.length));
        head.write(bodyBytes);
        head.flush();
        return file.toByteArray();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private final byte[] bytes;
  private final StringTable table;
  private final Map<String, int[]> ranges = new HashMap<>();

  private CompiledFile(byte[] bytes, StringTable table) {
    this.bytes = bytes;
    this.table = table;
  }

  /**
   * Opens a file written by this code ({@code codeId}) for this content ({@code key}); with
   * {@code verify}, its body must match its checksum too. Anything else is a
   * {@link CorruptException}, never a half-read file.
   */
  static CompiledFile open(byte[] bytes, String codeId, String key, boolean verify) {
    CompactIn head = new CompactIn(bytes, 0, bytes.length, null);
    if (head.int32() != MAGIC || head.int32() != FORMAT) {
      throw new CorruptException("not compiled knowledge of this format");
    }
    if (!codeId.equals(utf(bytes, head)) || !key.equals(utf(bytes, head))) {
      throw new CorruptException("compiled by other code or from other content");
    }
    int length = head.int32();
    head.skip(DIGEST_BYTES);
    int start = head.position();
    if (length != bytes.length - start) {
      throw new CorruptException("body is " + (bytes.length - start) + " bytes, not " + length);
    }
    if (verify && !Arrays.equals(sha256(bytes, start, length),
        Arrays.copyOfRange(bytes, start - DIGEST_BYTES, start))) {
      throw new CorruptException("body does not match its checksum");
    }
    StringTable table = StringTable.read(bytes, start, bytes.length);
    CompiledFile file = new CompiledFile(bytes, table);
    CompactIn dir = new CompactIn(bytes, table.end(), bytes.length, table);
    int n = dir.count();
    List<String> names = new ArrayList<>(n);
    List<int[]> spans = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      names.add(dir.text());
      spans.add(new int[] {dir.varint(), dir.varint()});
    }
    int sections = dir.position();
    for (int i = 0; i < n; i++) {
      int from = sections + spans.get(i)[0];
      int to = from + spans.get(i)[1];
      if (from < sections || to < from || to > bytes.length
          || file.ranges.put(names.get(i), new int[] {from, to}) != null) {
        throw new CorruptException("bad section directory");
      }
    }
    return file;
  }

  /** A reader over one section; a missing section means another format. */
  CompactIn section(String name) {
    int[] range = ranges.get(name);
    if (range == null) {
      throw new CorruptException("no section " + name);
    }
    return new CompactIn(bytes, range[0], range[1], table);
  }

  /** The code id a compiled file was written by, or null if it is not one of this format. */
  static String codeIdOf(byte[] bytes) {
    try {
      CompactIn in = new CompactIn(bytes, 0, bytes.length, null);
      return in.int32() == MAGIC && in.int32() == FORMAT ? utf(bytes, in) : null;
    } catch (RuntimeException e) {
      return null;
    }
  }

  static byte[] sha256(byte[] bytes, int from, int length) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(bytes, from, length);
      return sha.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** A string written by DataOutput.writeUTF (modified UTF-8; ours are plain ASCII). */
  private static String utf(byte[] bytes, CompactIn in) {
    int at = in.position();
    if (bytes.length - at < 2) {
      throw new CorruptException("truncated header");
    }
    int len = ((bytes[at] & 0xFF) << 8) | (bytes[at + 1] & 0xFF);
    if (bytes.length - at - 2 < len) {
      throw new CorruptException("truncated header");
    }
    String s = new String(bytes, at + 2, len, StandardCharsets.ISO_8859_1);
    in.skip(2 + len);
    return s;
  }
}
