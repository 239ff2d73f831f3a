package dev.aihire.semantic;

import java.util.Arrays;

/**
 * The word pieces of each word met so far in one bulk tokenisation, keyed by the word's UTF-8
 * bytes: a word split into pieces costs one vocabulary look-up per prefix tried (a 35 MiB knowledge
 * file made twelve million look-ups for 1.6 million words), and a word met again costs one hash and
 * one comparison here. One thread's; dropped with the batch it served.
 */
final class PieceMemo {
  /** Entry + 1 in each slot, 0 when empty; always at most half full. */
  private int[] slots = new int[1 << 12];

  private int[] hashes = new int[1 << 11];
  private int[] starts = new int[(1 << 11) + 1];
  private int[][] pieces = new int[1 << 11][];
  private byte[] blob = new byte[1 << 15];
  private int entries;

  /** The pieces stored for {@code word[0, length)}, or null when it was not met before. */
  int[] get(byte[] word, int length) {
    int hash = hash(word, length);
    int mask = slots.length - 1;
    for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
      int entry = slots[slot] - 1;
      if (entry < 0) {
        return null;
      }
      if (hashes[entry] == hash && same(entry, word, length)) {
        return pieces[entry];
      }
    }
  }

  /** Remembers {@code ids} (kept, not copied) as the pieces of {@code word[0, length)}. */
  void put(byte[] word, int length, int[] ids) {
    if (entries == hashes.length) {
      int more = hashes.length * 2;
      hashes = Arrays.copyOf(hashes, more);
      starts = Arrays.copyOf(starts, more + 1);
      pieces = Arrays.copyOf(pieces, more);
      rehash(more * 2);
    }
    int start = starts[entries];
    if (blob.length - start < length) {
      blob = Arrays.copyOf(blob, Math.max(blob.length * 2, start + length));
    }
    System.arraycopy(word, 0, blob, start, length);
    int hash = hash(word, length);
    hashes[entries] = hash;
    pieces[entries] = ids;
    starts[entries + 1] = start + length;
    place(entries, hash);
    entries++;
  }

  private void rehash(int size) {
    slots = new int[size];
    for (int e = 0; e < entries; e++) {
      place(e, hashes[e]);
    }
  }

  private void place(int entry, int hash) {
    int mask = slots.length - 1;
    int slot = hash & mask;
    while (slots[slot] != 0) {
      slot = (slot + 1) & mask;
    }
    slots[slot] = entry + 1;
  }

  private boolean same(int entry, byte[] word, int length) {
    int start = starts[entry];
    if (starts[entry + 1] - start != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (blob[start + i] != word[i]) {
        return false;
      }
    }
    return true;
  }

  /** FNV-1a, its high bits folded down so that the low bits the table uses depend on them. */
  private static int hash(byte[] word, int length) {
    int hash = 0x811c9dc5;
    for (int i = 0; i < length; i++) {
      hash = (hash ^ (word[i] & 0xff)) * 0x01000193;
    }
    return hash ^ (hash >>> 16);
  }
}
