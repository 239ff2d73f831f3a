package dev.aihire.engine.recommend;

import java.nio.IntBuffer;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The spelling corrector's words as compiled knowledge keeps them, answered from in place: the
 * signal words and the vocabulary as sorted lists, binary-searched, and the deletion table, every
 * variant of every signal word (the word itself and its one-letter deletions) as a pair of ints,
 * the variant's {@link String#hashCode} and the word's position, sorted by hash then position. A
 * look-up binary-searches the hash and checks each word found under it against the variant, so a
 * hash two variants share by chance changes nothing. Nothing is copied or put in a set: on a
 * knowledge file of 100,000 signal words, making the deletion map instead cost most of a second.
 */
final class StoredSpelling {
  /** What {@link #source} returns for a variant no word has: no word can be this string. */
  static final String NONE = new String("");

  private final List<String> words;
  private final List<String> vocabulary;
  private final IntBuffer deletions;

  StoredSpelling(List<String> words, List<String> vocabulary, IntBuffer deletions) {
    if (deletions.limit() % 2 != 0) {
      throw new IllegalArgumentException("a deletion table of odd length");
    }
    this.words = words;
    this.vocabulary = vocabulary;
    this.deletions = deletions;
  }

  List<String> words() {
    return words;
  }

  List<String> vocabulary() {
    return vocabulary;
  }

  /** The deletion table, for storage again. */
  int[] table() {
    int[] table = new int[deletions.limit()];
    deletions.get(0, table);
    return table;
  }

  /** The deletion table of these words (sorted: a position is an index into them). */
  static int[] tableOf(List<String> sortedWords) {
    int variants = 0;
    for (String w : sortedWords) {
      variants += w.length() + 1;
    }
    long[] pairs = new long[variants];
    int n = 0;
    for (int i = 0; i < sortedWords.size(); i++) {
      String word = sortedWords.get(i);
      pairs[n++] = pair(word.hashCode(), i);
      // The hash of the word without its letter d, as String.hashCode would give it, without
      // making that string: (hash of the letters before d) * 31^(letters after d) + (hash of the
      // letters after d). Two million deletions at N = 100 made six million strings.
      int len = word.length();
      int[] suffix = new int[len + 1];
      int[] power = new int[len + 1];
      power[0] = 1;
      for (int j = len - 1; j >= 0; j--) {
        suffix[j] = word.charAt(j) * power[len - 1 - j] + suffix[j + 1];
        power[len - j] = power[len - 1 - j] * 31;
      }
      int prefix = 0;
      for (int d = 0; d < len; d++) {
        pairs[n++] = pair(prefix * power[len - 1 - d] + suffix[d + 1], i);
        prefix = 31 * prefix + word.charAt(d);
      }
    }
    Arrays.sort(pairs, 0, n);
    int[] table = new int[2 * n];
    int kept = 0;
    for (int k = 0; k < n; k++) {
      if (k == 0 || pairs[k] != pairs[k - 1]) { // a word with a doubled letter repeats a variant
        table[2 * kept] = (int) (pairs[k] >> 32);
        table[2 * kept + 1] = (int) pairs[k];
        kept++;
      }
    }
    return Arrays.copyOf(table, 2 * kept);
  }

  /** A hash and a position as one long that sorts by the hash (signed), then the position. */
  private static long pair(int hash, int position) {
    return ((long) hash << 32) | (position & 0xffffffffL);
  }

  boolean isWord(String w) {
    return Collections.binarySearch(words, w) >= 0;
  }

  boolean isVocabulary(String w) {
    return Collections.binarySearch(vocabulary, w) >= 0;
  }

  /**
   * The one word {@code variant} comes from; null when it comes from two; {@link #NONE} if none.
   */
  String source(String variant) {
    int hash = variant.hashCode();
    int pairs = deletions.limit() / 2;
    int lo = 0;
    int hi = pairs;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (deletions.get(2 * mid) < hash) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    String found = NONE;
    for (int k = lo; k < pairs && deletions.get(2 * k) == hash; k++) {
      String word = words.get(deletions.get(2 * k + 1));
      if (word.equals(variant) || isDeletionOf(variant, word)) {
        if (found == NONE) {
          found = word;
        } else if (!found.equals(word)) {
          return null;
        }
      }
    }
    return found;
  }

  /** Whether deleting one letter of {@code word} gives {@code variant}. */
  private static boolean isDeletionOf(String variant, String word) {
    if (word.length() != variant.length() + 1) {
      return false;
    }
    int p = 0;
    while (p < variant.length() && variant.charAt(p) == word.charAt(p)) {
      p++;
    }
    return word.regionMatches(p + 1, variant, p, variant.length() - p);
  }
}
