package dev.aihire.compiled;

import dev.aihire.compiled.binary.CompactIn;
import dev.aihire.compiled.binary.CompactOut;
import dev.aihire.compiled.binary.CorruptException;
import dev.aihire.compiled.binary.StringTable;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.CRC32C;

/**
 * The container of compiled knowledge: a header, one string table shared by all sections, a
 * directory of named sections and the sections' bytes. A section is found by name and read on its
 * own, so a command reads only the sections it uses.
 *
 * <p>Layout: int32 magic "AIHK", int32 format, the code id and the key (DataOutput UTF), int32 body
 * length, int32 CRC32C of the body, then the body: the {@link StringTable}, a directory (varint
 * count; per section: name reference, varint offset, varint length, offsets from the end of the
 * directory) and the sections in the order they were added.
 */
final class CompiledFile {
  static final int MAGIC = 0x4149484B; // "AIHK"

  /**
   * 3: sections with a directory, a shared lazily decoded string table, a body checksum; 4: the
   * semantic index's numbers as float32 read in bulk (they were doubles read one at a time); 5: the
   * spelling corrector's deletion table, which was rebuilt on a run's first correction.
   */
  static final int FORMAT = 5;

  /** Builds a file section by section. */
  static final class Writer {
    private final CompactOut strings = new CompactOut();
    private final List<String> names = new ArrayList<>();
    private final List<CompactOut> sections = new ArrayList<>();

    /** Adds a section written by {@code body}. Names are unique. */
    Writer section(String name, Consumer<CompactOut> body) {
      if (names.contains(name)) {
        throw new IllegalArgumentException("section " + name + " twice");
      }
      CompactOut out = strings.fork();
      body.accept(out);
      names.add(name);
      sections.add(out);
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
          directory.varint(sections.get(i).size());
          offset += sections.get(i).size();
        }
        CompactOut table = strings.table();
        ByteArrayOutputStream header = new ByteArrayOutputStream(128);
        DataOutputStream head = new DataOutputStream(header);
        head.writeInt(MAGIC);
        head.writeInt(FORMAT);
        head.writeUTF(codeId);
        head.writeUTF(key);
        head.flush();
        int start = header.size() + 8;
        int length = Math.addExact(Math.addExact(table.size(), directory.size()), offset);
        // One array for the whole file: the body is written in place, never copied again.
        byte[] file = new byte[Math.addExact(start, length)];
        System.arraycopy(header.toByteArray(), 0, file, 0, header.size());
        int at = table.copyTo(file, start);
        at = directory.copyTo(file, at);
        for (CompactOut s : sections) {
          at = s.copyTo(file, at);
        }
        ByteBuffer.wrap(file, header.size(), 8)
            .putInt(length)
            .putInt(crc(ByteBuffer.wrap(file, start, length)));
        return file;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private final ByteBuffer bytes;
  private final StringTable table;
  private final Map<String, int[]> ranges = new HashMap<>();

  private CompiledFile(ByteBuffer bytes, StringTable table) {
    this.bytes = bytes;
    this.table = table;
  }

  /**
   * Opens a file written by this code ({@code codeId}) for this content ({@code key}) whose body
   * matches its checksum (CRC32C: damage, not forgery, is what it finds; the cache that holds such
   * files is private to the user and keyed by a cryptographic hash). Anything else is a {@link
   * CorruptException}, never a half-read file.
   */
  static CompiledFile open(ByteBuffer bytes, String codeId, String key) {
    return open(bytes, codeId, key, true);
  }

  /**
   * As above; {@code checkBody} false skips the checksum, for a file whose every byte was checked
   * before and which the file system says is unchanged since (see {@link SourceRecord}). The
   * header, the directory and every read stay bounds-checked: damage is then a {@link
   * CorruptException} when it is read, never a read out of the file.
   */
  static CompiledFile open(ByteBuffer bytes, String codeId, String key, boolean checkBody) {
    int size = bytes.limit();
    CompactIn head = new CompactIn(bytes, 0, size, null);
    if (head.int32() != MAGIC || head.int32() != FORMAT) {
      throw new CorruptException("not compiled knowledge of this format");
    }
    if (!codeId.equals(utf(bytes, head)) || !key.equals(utf(bytes, head))) {
      throw new CorruptException("compiled by other code or from other content");
    }
    int length = head.int32();
    int checksum = head.int32();
    int start = head.position();
    if (length != size - start) {
      throw new CorruptException("body is " + (size - start) + " bytes, not " + length);
    }
    if (checkBody && crc(bytes.duplicate().position(start)) != checksum) {
      throw new CorruptException("body does not match its checksum");
    }
    StringTable table = StringTable.read(bytes, start, size);
    CompiledFile file = new CompiledFile(bytes, table);
    CompactIn dir = new CompactIn(bytes, table.end(), size, table);
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
      if (from < sections
          || to < from
          || to > size
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
  static String codeIdOf(ByteBuffer bytes) {
    try {
      CompactIn in = new CompactIn(bytes, 0, bytes.limit(), null);
      return in.int32() == MAGIC && in.int32() == FORMAT ? utf(bytes, in) : null;
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** CRC32C of the buffer from its position to its limit (the JVM's intrinsic: GB/s). */
  static int crc(ByteBuffer body) {
    CRC32C crc = new CRC32C();
    crc.update(body);
    return (int) crc.getValue();
  }

  /** A string written by DataOutput.writeUTF (modified UTF-8; ours are plain ASCII). */
  private static String utf(ByteBuffer bytes, CompactIn in) {
    int at = in.position();
    if (bytes.limit() - at < 2) {
      throw new CorruptException("truncated header");
    }
    int len = ((bytes.get(at) & 0xFF) << 8) | (bytes.get(at + 1) & 0xFF);
    if (bytes.limit() - at - 2 < len) {
      throw new CorruptException("truncated header");
    }
    byte[] ascii = new byte[len];
    bytes.get(at + 2, ascii);
    String s = new String(ascii, StandardCharsets.ISO_8859_1);
    in.skip(2 + len);
    return s;
  }
}
