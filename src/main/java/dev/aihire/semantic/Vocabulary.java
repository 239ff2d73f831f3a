package dev.aihire.semantic;

import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The model's 30,522 word pieces, looked up without building a map: the table file carries
 * the tokens' UTF-8 bytes and an open-addressing hash table (FNV-1a, linear probing) made at
 * distillation time, so opening it is one read of about 360 KB and a prefix sum, not 30,000
 * String and HashMap entries.
 */
final class Vocabulary {
  static final int MAGIC = 0x41485750; // "AHWP"
  static final int VERSION = 1;
  private static final int HEADER_SIZE = 24;
  private static final byte HASH = '#';

  private final int size;
  private final byte[] body;
  private final int[] offsets;
  private final int slotsAt;
  private final int slotMask;

  private Vocabulary(int size, byte[] body, int[] offsets, int slotsAt, int slotCount) {
    this.size = size;
    this.body = body;
    this.offsets = offsets;
    this.slotsAt = slotsAt;
    this.slotMask = slotCount - 1;
  }

  /** Reads {@code vocab.bin}: header (magic, version, size, slots, body length, CRC-32), body. */
  static Vocabulary read(DataInputStream in, int entrySize) throws IOException {
    if (in.readInt() != MAGIC || in.readInt() != VERSION) {
      throw new IOException("not a word-piece vocabulary of version " + VERSION);
    }
    int size = in.readInt();
    int slotCount = in.readInt();
    int bodyLength = in.readInt();
    in.readInt(); // CRC-32 of the body: checked by the tests, not on every start
    if (size <= 0 || size >= 0xffff || Integer.bitCount(slotCount) != 1 || slotCount <= size
        || bodyLength != entrySize - HEADER_SIZE) {
      throw new IOException("vocabulary header is inconsistent");
    }
    byte[] body = new byte[bodyLength];
    in.readFully(body);
    int[] offsets = new int[size + 1];
    int offset = size;
    for (int id = 0; id < size; id++) {
      offsets[id] = offset;
      offset += body[id] & 0xff;
    }
    offsets[size] = offset;
    if (offset + 2L * slotCount != bodyLength) {
      throw new IOException("vocabulary body has the wrong length");
    }
    return new Vocabulary(size, body, offsets, offset, slotCount);
  }

  int size() {
    return size;
  }

  String token(int id) {
    return new String(body, offsets[id], offsets[id + 1] - offsets[id], StandardCharsets.UTF_8);
  }

  /**
   * Id of the piece {@code bytes[from, to)} (UTF-8), with the "##" continuation prefix when
   * {@code continuation}, or -1 when the vocabulary has no such piece.
   */
  int find(byte[] bytes, int from, int to, boolean continuation) {
    int hash = 0x811c9dc5;
    if (continuation) {
      hash = (hash ^ HASH) * 0x01000193;
      hash = (hash ^ HASH) * 0x01000193;
    }
    for (int i = from; i < to; i++) {
      hash = (hash ^ (bytes[i] & 0xff)) * 0x01000193;
    }
    int length = (continuation ? 2 : 0) + to - from;
    for (int slot = hash & slotMask; ; slot = (slot + 1) & slotMask) {
      int at = slotsAt + 2 * slot;
      int entry = ((body[at] & 0xff) << 8) | (body[at + 1] & 0xff);
      if (entry == 0) {
        return -1;
      }
      int id = entry - 1;
      if (offsets[id + 1] - offsets[id] == length && matches(id, bytes, from, to, continuation)) {
        return id;
      }
    }
  }

  private boolean matches(int id, byte[] bytes, int from, int to, boolean continuation) {
    int at = offsets[id];
    if (continuation) {
      if (body[at] != HASH || body[at + 1] != HASH) {
        return false;
      }
      at += 2;
    }
    for (int i = from; i < to; i++, at++) {
      if (body[at] != bytes[i]) {
        return false;
      }
    }
    return true;
  }
}
