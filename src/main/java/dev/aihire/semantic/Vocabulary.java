package dev.aihire.semantic;

import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The model's 30,522 word pieces, looked up without building a map: the table file carries an
 * open-addressing hash table (FNV-1a over the UTF-8 bytes, linear probing) made at distillation
 * time, the tokens' offsets and their UTF-8 bytes, all used in place. Opening it is one read of
 * about 450 KB, with no loop over the vocabulary and no String or HashMap entries.
 */
final class Vocabulary {
  static final int MAGIC = 0x41485750; // "AHWP"
  static final int VERSION = 2;
  private static final int HEADER_SIZE = 24;
  private static final byte HASH = '#';

  private final int size;
  private final byte[] body;
  private final int offsetsAt;
  private final int blobAt;
  private final int slotMask;

  private Vocabulary(int size, byte[] body, int slotCount) {
    this.size = size;
    this.body = body;
    this.offsetsAt = 2 * slotCount;
    this.blobAt = offsetsAt + 4 * (size + 1);
    this.slotMask = slotCount - 1;
  }

  /**
   * Reads {@code vocab.bin}: a header (magic, version, size, slot count, body length, CRC-32 of the
   * body), then the body: the slots (id + 1 or 0, two bytes each), size + 1 offsets into the blob
   * (four bytes each), the blob of UTF-8 tokens.
   */
  static Vocabulary read(DataInputStream in, int entrySize) throws IOException {
    if (in.readInt() != MAGIC || in.readInt() != VERSION) {
      throw new IOException("not a word-piece vocabulary of version " + VERSION);
    }
    int size = in.readInt();
    int slotCount = in.readInt();
    int bodyLength = in.readInt();
    in.readInt(); // CRC-32 of the body: checked by the tests, not on every start
    if (size <= 0
        || size >= 0xffff
        || Integer.bitCount(slotCount) != 1
        || slotCount <= size
        || bodyLength != entrySize - HEADER_SIZE) {
      throw new IOException("vocabulary header is inconsistent");
    }
    byte[] body = new byte[bodyLength];
    // In 64 KiB reads: one read of the whole body makes the JDK's native read allocate (and
    // page in) a second buffer of that size, measurably slower on a cold start.
    for (int at = 0; at < bodyLength; ) {
      int n = in.read(body, at, Math.min(1 << 16, bodyLength - at));
      if (n < 0) {
        throw new IOException("vocabulary ends early");
      }
      at += n;
    }
    Vocabulary vocabulary = new Vocabulary(size, body, slotCount);
    if (vocabulary.blobAt + vocabulary.start(size) != bodyLength) {
      throw new IOException("vocabulary body has the wrong length");
    }
    return vocabulary;
  }

  int size() {
    return size;
  }

  String token(int id) {
    int from = start(id);
    return new String(body, blobAt + from, start(id + 1) - from, StandardCharsets.UTF_8);
  }

  /** The token's offset in the blob (big-endian int; read by hand, cheaper than a buffer). */
  private int start(int id) {
    int at = offsetsAt + 4 * id;
    return (body[at] & 0xff) << 24
        | (body[at + 1] & 0xff) << 16
        | (body[at + 2] & 0xff) << 8
        | (body[at + 3] & 0xff);
  }

  /**
   * Id of the piece {@code bytes[from, to)} (UTF-8), with the "##" continuation prefix when {@code
   * continuation}, or -1 when the vocabulary has no such piece.
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
      int entry = (body[2 * slot] & 0xff) << 8 | (body[2 * slot + 1] & 0xff);
      if (entry == 0) {
        return -1;
      }
      int id = entry - 1;
      int start = start(id);
      if (start(id + 1) - start == length
          && matches(blobAt + start, bytes, from, to, continuation)) {
        return id;
      }
    }
  }

  private boolean matches(int at, byte[] bytes, int from, int to, boolean continuation) {
    byte[] blob = body;
    if (continuation) {
      if (blob[at] != HASH || blob[at + 1] != HASH) {
        return false;
      }
      at += 2;
    }
    for (int i = from; i < to; i++, at++) {
      if (blob[at] != bytes[i]) {
        return false;
      }
    }
    return true;
  }
}
