package dev.aihire.engine.recommend;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Forgives one typo in a word of a need ("recomendation", "pipelnes", "dashbaord") by mapping it to
 * the one knowledge word it is one edit away from. Symmetric-delete look-up: every word of the
 * knowledge is stored with each of its one-letter deletions, so a look-up costs a few hash probes,
 * not a scan. Short words are left alone: at four letters one edit makes another word.
 *
 * <p>The deletions are made on the first look-up of a word long enough to need them, not when the
 * knowledge is loaded: a need whose words are all short or plain letters never pays for them, and
 * compiled knowledge stores the words only (see {@link #write}). Which word a deletion maps to
 * depends only on the set of words, not on the order they were added in, so building them later
 * gives the same answers.
 */
final class SpellFix {
  static final int MIN_LENGTH = 8;

  /** No knowledge word is longer; a 3 MB "word" must not cost 3 MB of substrings per letter. */
  static final int MAX_LENGTH = 40;

  private final Set<String> words = new HashSet<>();

  /** Every word the knowledge uses anywhere: real words, never "corrected". */
  private final Set<String> vocabulary = new HashSet<>();

  /** Words and vocabulary read from compiled knowledge, put in the sets on first use. */
  private List<String> unreadWords = List.of();

  private List<String> unreadVocabulary = List.of();

  /**
   * A deletion variant, or a word itself, to the word it came from; null when ambiguous. Made by
   * {@link #ready} from {@link #words}; null until then, and again after an {@link #add}.
   */
  private volatile Map<String, String> deletions;

  synchronized void add(String word) {
    if (word.length() < MIN_LENGTH - 1 || !isLetters(word)) {
      return;
    }
    absorb();
    if (words.add(word)) {
      deletions = null;
    }
  }

  private static void put(Map<String, String> deletions, String variant, String word) {
    if (deletions.containsKey(variant) && !word.equals(deletions.get(variant))) {
      deletions.put(variant, null); // two knowledge words share it: no guess
    } else {
      deletions.put(variant, word);
    }
  }

  /** A word that appears somewhere in the knowledge's text, so is spelled as meant. */
  synchronized void addVocabulary(String word) {
    absorb();
    vocabulary.add(word);
  }

  /** Puts the words read from compiled knowledge in the sets. */
  private synchronized void absorb() {
    if (!unreadWords.isEmpty() || !unreadVocabulary.isEmpty()) {
      words.addAll(unreadWords);
      vocabulary.addAll(unreadVocabulary);
      unreadWords = List.of();
      unreadVocabulary = List.of();
    }
  }

  /** The sets filled and the deletions made, once. */
  private Map<String, String> ready() {
    Map<String, String> d = deletions;
    if (d != null) {
      return d;
    }
    synchronized (this) {
      if (deletions == null) {
        absorb();
        d = new HashMap<>(words.size() * 24);
        for (String word : words) {
          put(d, word, word);
          for (int i = 0; i < word.length(); i++) {
            put(d, word.substring(0, i) + word.substring(i + 1), word);
          }
        }
        deletions = d;
      }
      return deletions;
    }
  }

  /**
   * For storage: the signal words (their deletions are made again when first needed), sorted, so a
   * build is repeatable.
   */
  synchronized List<String> signalWords() {
    absorb();
    List<String> kept = new ArrayList<>(words);
    kept.sort(null);
    return kept;
  }

  /**
   * For storage: the vocabulary words {@link #correct} can ever consult (long enough, plain
   * letters, not already a signal word), sorted.
   */
  synchronized List<String> consultedVocabulary() {
    absorb();
    List<String> vocab = new ArrayList<>();
    for (String w : vocabulary) {
      if (w.length() >= MIN_LENGTH && isLetters(w) && !words.contains(w)) {
        vocab.add(w);
      }
    }
    vocab.sort(null);
    return vocab;
  }

  /**
   * Spellings read back from storage: the same corrections as the instance that gave them. The
   * lists are read only when a correction is first needed.
   */
  static SpellFix of(List<String> signalWords, List<String> vocabulary) {
    SpellFix fix = new SpellFix();
    fix.unreadWords = signalWords;
    fix.unreadVocabulary = vocabulary;
    return fix;
  }

  /** The knowledge word one edit away from {@code word}, or null when there is none or several. */
  String correct(String word) {
    // Checked first (as below), being free: a short or non-letter word is never corrected.
    if (word.length() < MIN_LENGTH || word.length() > MAX_LENGTH || !isLetters(word)) {
      return null;
    }
    Map<String, String> deletions = ready();
    if (words.contains(word) || vocabulary.contains(word)) {
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
  private static boolean collect(Map<String, String> deletions, String variant, Set<String> into) {
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
