package dev.aihire.distill;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the shipped table: one zip file holding two STORED entries, {@code vocab.bin} then
 * {@code vectors.bin} (formats in docs/semantic.md, read by dev.aihire.semantic.StaticTable).
 * A zip, and STORED, because then the product's jar keeps the entry uncompressed too, and a
 * reader can skip to any row in O(1) instead of inflating everything before it.
 */
final class TableWriter {
  static final int VOCAB_MAGIC = 0x41485750; // "AHWP"
  static final int VECTORS_MAGIC = 0x41485356; // "AHSV"
  static final int VOCAB_VERSION = 2;
  static final int VECTORS_VERSION = 1;
  static final int SLOTS = 1 << 16;
  /** A fixed entry time, independent of the time zone, so the bytes never change. */
  private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2024, 1, 1, 0, 0);

  private TableWriter() {}

  /**
   * Body: the hash slots (id + 1 of the token hashed there, 0 when empty; 2 bytes each), the
   * tokens' start offsets in the UTF-8 blob (count + 1 ints), then the blob. Everything is read
   * in place at run time, so opening the vocabulary costs one read and no loop over it.
   */
  static byte[] vocab(String[] tokens) throws IOException {
    byte[][] utf8 = new byte[tokens.length][];
    for (int id = 0; id < tokens.length; id++) {
      utf8[id] = tokens[id].getBytes(StandardCharsets.UTF_8);
    }
    char[] slots = new char[SLOTS];
    for (int id = 0; id < tokens.length; id++) {
      int slot = fnv1a(utf8[id], 0, utf8[id].length) & (SLOTS - 1);
      while (slots[slot] != 0) {
        slot = (slot + 1) & (SLOTS - 1);
      }
      slots[slot] = (char) (id + 1);
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    DataOutputStream data = new DataOutputStream(body);
    for (char slot : slots) {
      data.writeChar(slot);
    }
    int offset = 0;
    for (byte[] bytes : utf8) {
      data.writeInt(offset);
      offset += bytes.length;
    }
    data.writeInt(offset);
    for (byte[] bytes : utf8) {
      data.write(bytes);
    }
    data.flush();
    byte[] bodyBytes = body.toByteArray();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DataOutputStream header = new DataOutputStream(out);
    header.writeInt(VOCAB_MAGIC);
    header.writeInt(VOCAB_VERSION);
    header.writeInt(tokens.length);
    header.writeInt(SLOTS);
    header.writeInt(bodyBytes.length);
    header.writeInt(crc(bodyBytes));
    header.write(bodyBytes);
    header.flush();
    return out.toByteArray();
  }

  /** Rows of {@code scale (float), dims signed bytes}, one per token id from firstId on. */
  static byte[] vectors(int firstId, float[] scales, byte[][] rows) throws IOException {
    int dims = rows[0].length;
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    DataOutputStream data = new DataOutputStream(body);
    for (int r = 0; r < rows.length; r++) {
      data.writeFloat(scales[r]);
      data.write(rows[r]);
    }
    data.flush();
    byte[] bodyBytes = body.toByteArray();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DataOutputStream header = new DataOutputStream(out);
    header.writeInt(VECTORS_MAGIC);
    header.writeInt(VECTORS_VERSION);
    header.writeInt(dims);
    header.writeInt(rows.length);
    header.writeInt(firstId);
    header.writeInt(bodyBytes.length);
    header.writeInt(crc(bodyBytes));
    header.write(bodyBytes);
    header.flush();
    return out.toByteArray();
  }

  static void writeZip(Path file, byte[] vocab, byte[] vectors) throws IOException {
    Files.createDirectories(file.getParent());
    try (OutputStream raw = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(raw)) {
      putStored(zip, "vocab.bin", vocab);
      putStored(zip, "vectors.bin", vectors);
    }
  }

  private static void putStored(ZipOutputStream zip, String name, byte[] bytes)
      throws IOException {
    ZipEntry entry = new ZipEntry(name);
    entry.setMethod(ZipEntry.STORED);
    entry.setSize(bytes.length);
    entry.setCompressedSize(bytes.length);
    CRC32 crc = new CRC32();
    crc.update(bytes);
    entry.setCrc(crc.getValue());
    entry.setTimeLocal(ENTRY_TIME);
    zip.putNextEntry(entry);
    zip.write(bytes);
    zip.closeEntry();
  }

  static int crc(byte[] bytes) {
    CRC32 crc = new CRC32();
    crc.update(bytes);
    return (int) crc.getValue();
  }

  /** 32-bit FNV-1a; the runtime's vocabulary lookup uses the same function. */
  static int fnv1a(byte[] bytes, int from, int to) {
    int hash = 0x811c9dc5;
    for (int i = from; i < to; i++) {
      hash ^= bytes[i] & 0xff;
      hash *= 0x01000193;
    }
    return hash;
  }
}
