package dev.aihire.text;

/**
 * The words one thread has lower-cased and stemmed lately, each as one string and its stem: a large
 * knowledge file says two million words drawn from a third of a million, and its first run reads
 * each text two or three times (checks, phrase index, profile index). A word met before costs a
 * hash of its characters and a compare, not a new string, a stem and a second string.
 *
 * <p>Open addressing over a power-of-two table, grown up to {@link #MAX_WORDS} words and then
 * emptied: a long batch of arbitrary needs keeps it small. One per thread; not thread-safe.
 */
final class WordMemo {
  /** Words kept at most (a few MB of strings); then the memo starts again. */
  static final int MAX_WORDS = 1 << 15;

  private static final ThreadLocal<WordMemo> CURRENT =
      ThreadLocal.withInitial(
          new java.util.function.Supplier<WordMemo>() {
            // A class, not a lambda: Normalizer runs on the one-line path, where linking a
            // run's first lambda costs milliseconds (docs/performance.md).
            @Override
            public WordMemo get() {
              return new WordMemo();
            }
          });

  private int[] hashes = new int[64];
  private String[] words = new String[64];
  private String[] stems = new String[64];
  private int size;

  static WordMemo current() {
    return CURRENT.get();
  }

  /** The hash {@link #word} expects of {@code chars[0, length)}. */
  static int hash(char[] chars, int length) {
    int h = 0;
    for (int i = 0; i < length; i++) {
      h = 31 * h + chars[i];
    }
    return h;
  }

  /**
   * Index of the word {@code chars[0, length)} (whose {@link #hash} is {@code hash}): found, or
   * added with its stem. {@link #wordAt} and {@link #stemAt} then read it.
   */
  int word(char[] chars, int length, int hash) {
    int mask = hashes.length - 1;
    for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
      String w = words[slot];
      if (w == null) {
        return add(slot, new String(chars, 0, length), hash);
      }
      if (hashes[slot] == hash && same(w, chars, length)) {
        return slot;
      }
    }
  }

  String wordAt(int slot) {
    return words[slot];
  }

  String stemAt(int slot) {
    return stems[slot];
  }

  private int add(int slot, String w, int hash) {
    if (size >= MAX_WORDS) {
      clear();
      slot = freeSlot(hash);
    } else if (2 * (size + 1) > hashes.length) {
      grow();
      slot = freeSlot(hash);
    }
    hashes[slot] = hash;
    words[slot] = w;
    stems[slot] = Stemmer.stem(w);
    size++;
    return slot;
  }

  /** The first empty slot on {@code hash}'s probe sequence. */
  private int freeSlot(int hash) {
    int mask = hashes.length - 1;
    int slot = spread(hash) & mask;
    while (words[slot] != null) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private void grow() {
    int[] oldHashes = hashes;
    String[] oldWords = words;
    String[] oldStems = stems;
    hashes = new int[oldHashes.length * 2];
    words = new String[oldHashes.length * 2];
    stems = new String[oldHashes.length * 2];
    for (int i = 0; i < oldWords.length; i++) {
      if (oldWords[i] != null) {
        int slot = freeSlot(oldHashes[i]);
        hashes[slot] = oldHashes[i];
        words[slot] = oldWords[i];
        stems[slot] = oldStems[i];
      }
    }
  }

  private void clear() {
    hashes = new int[64];
    words = new String[64];
    stems = new String[64];
    size = 0;
  }

  private static boolean same(String w, char[] chars, int length) {
    if (w.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (w.charAt(i) != chars[i]) {
        return false;
      }
    }
    return true;
  }

  /** String's hash spread over the low bits a power-of-two table uses, as HashMap does. */
  private static int spread(int h) {
    return h ^ (h >>> 16);
  }
}
