package dev.aihire.engine.recommend;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Forgives one typo in a word of a need ("recomendation", "pipelnes", "dashbaord") by mapping it
 * to the one knowledge word it is one edit away from. Symmetric-delete look-up: every word of
 * the knowledge is stored with each of its one-letter deletions, so a look-up costs a few hash
 * probes, not a scan. Short words are left alone: at four letters one edit makes another word.
 */
final class SpellFix {
  static final int MIN_LENGTH = 8;
  /** No knowledge word is longer; a 3 MB "word" must not cost 3 MB of substrings per letter. */
  static final int MAX_LENGTH = 40;

  private final Set<String> words = new HashSet<>();
  /** Every word the knowledge uses anywhere: real words, never "corrected". */
  private final Set<String> vocabulary = new HashSet<>();
  /** A deletion variant, or a word itself, to the word it came from; null when ambiguous. */
  private final Map<String, String> deletions = new HashMap<>();

  void add(String word) {
    if (word.length() < MIN_LENGTH - 1 || !isLetters(word) || !words.add(word)) {
      return;
    }
    put(word, word);
    for (int i = 0; i < word.length(); i++) {
      put(word.substring(0, i) + word.substring(i + 1), word);
    }
  }

  private void put(String variant, String word) {
    if (deletions.containsKey(variant) && !word.equals(deletions.get(variant))) {
      deletions.put(variant, null); // two knowledge words share it: no guess
    } else {
      deletions.put(variant, word);
    }
  }

  /** A word that appears somewhere in the knowledge's text, so is spelled as meant. */
  void addVocabulary(String word) {
    vocabulary.add(word);
  }

  /** The knowledge word one edit away from {@code word}, or null when there is none or several. */
  String correct(String word) {
    if (word.length() < MIN_LENGTH || word.length() > MAX_LENGTH || words.contains(word)
        || vocabulary.contains(word)
        || !isLetters(word)) {
      return null;
    }
    Set<String> candidates = new HashSet<>();
    // a letter missing ("recomendation"): the word is a deletion of a knowledge word
    if (!collect(deletions, word, candidates)) {
      return null;
    }
    for (int i = 0; i < word.length() && candidates.size() <= 1; i++) {
      String variant = word.substring(0, i) + word.substring(i + 1);
      if (words.contains(variant)) {
        candidates.add(variant); // a letter too many ("pipelinne")
      }
      // a letter changed or two swapped ("dashbaord"): both lose a letter and meet
      if (!collect(deletions, variant, candidates)) {
        return null;
      }
    }
    if (candidates.size() != 1) {
      return null;
    }
    String fix = candidates.iterator().next();
    // "personal" is not a typo of "persona", nor "delivery" of "deliver": one word merely
    // extends the other.
    return fix.startsWith(word) || word.startsWith(fix) ? null : fix;
  }

  /** Adds the word a variant came from; false when the variant is ambiguous. */
  private static boolean collect(Map<String, String> deletions, String variant,
      Set<String> into) {
    if (!deletions.containsKey(variant)) {
      return true;
    }
    String word = deletions.get(variant);
    if (word == null) {
      return false;
    }
    into.add(word);
    return true;
  }

  private static boolean isLetters(String w) {
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return true;
  }
}
