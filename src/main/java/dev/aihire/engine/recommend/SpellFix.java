package dev.aihire.engine.recommend;

import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.Collections;
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
 * <p>Built from knowledge, the deletions are a map made on the first look-up of a word long enough
 * to need them. Compiled knowledge stores them as a table instead ({@link #deletionTable}): each
 * variant's hash beside the index of the word it comes from, sorted, which a look-up
 * binary-searches in place, checking the words it finds against the variant, so a hash shared by
 * chance changes nothing. Making the map on a run's first correction cost 0.6-0.9 s for the 100,000
 * words of a knowledge file 100 times the shipped one, and 5 ms for the shipped one. Which word a
 * deletion maps to depends only on the set of words, not on the order they were added in, so both
 * give the same answers.
 */
final class SpellFix {
  static final int MIN_LENGTH = 8;

  /** No knowledge word is longer; a 3 MB "word" must not cost 3 MB of substrings per letter. */
  static final int MAX_LENGTH = 40;

  private final Set<String> words = new HashSet<>();

  /** Every word the knowledge uses anywhere: real words, never "corrected". */
  private final Set<String> vocabulary = new HashSet<>();

  /**
   * Read from compiled knowledge and answered from as they are (sorted lists and the deletion
   * table); null once something is added, which puts them in the sets above.
   */
  private StoredSpelling stored;

  /**
   * A deletion variant, or a word itself, to the word it came from; null when ambiguous. Made by
   * {@link #ready} from {@link #words}; null until then, and again after an {@link #add}.
   */
  private volatile Map<String, String> deletions;

  /** {@link #words} sorted, once asked for; null again after an {@link #add}. */
  private List<String> sortedWords;

  synchronized void add(String word) {
    if (word.length() < MIN_LENGTH - 1 || !isLetters(word)) {
      return;
    }
    absorb();
    if (words.add(word)) {
      deletions = null;
      sortedWords = null;
    }
  }

  private static void put(Map<String, String> deletions, String variant, String word) {
    if (deletions.containsKey(variant) && !word.equals(deletions.get(variant))) {
      deletions.put(variant, null); // two knowledge words share it: no guess
    } else {
      deletions.put(variant, word);
    }
  }

  /**
   * A word that appears somewhere in the knowledge's text, so is spelled as meant. Only a word that
   * {@link #correct} could be asked about is kept (long enough, plain letters): the index adds
   * every stem of every text, millions on a large knowledge file, and a set of all of them cost
   * half a second to fill.
   */
  void addVocabulary(String word) {
    if (word.length() < MIN_LENGTH || !isLetters(word)) {
      return;
    }
    synchronized (this) {
      absorb();
      vocabulary.add(word);
    }
  }

  /** Puts the words read from compiled knowledge in the sets. */
  private synchronized void absorb() {
    if (stored != null) {
      words.addAll(stored.words());
      vocabulary.addAll(stored.vocabulary());
      stored = null;
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
    if (stored != null) {
      return stored.words();
    }
    if (sortedWords == null) {
      // Kept: storage asks for the list and for the deletion table, which is made from it.
      List<String> kept = new ArrayList<>(words);
      kept.sort(null);
      sortedWords = Collections.unmodifiableList(kept);
    }
    return sortedWords;
  }

  /**
   * For storage: the vocabulary words {@link #correct} can ever consult (long enough, plain
   * letters, not already a signal word), sorted.
   */
  synchronized List<String> consultedVocabulary() {
    if (stored != null) {
      return stored.vocabulary();
    }
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
   * For storage: every variant of every signal word (the word itself and its one-letter deletions)
   * as pairs of ints, the variant's {@link String#hashCode} and the word's position in {@link
   * #signalWords}, sorted by hash then position, each pair once.
   */
  synchronized int[] deletionTable() {
    return stored != null ? stored.table() : StoredSpelling.tableOf(signalWords());
  }

  /**
   * Spellings read back from storage: the same corrections as the instance that gave them, answered
   * from the sorted lists and the deletion table as they are.
   */
  static SpellFix of(List<String> signalWords, List<String> vocabulary, IntBuffer deletions) {
    SpellFix fix = new SpellFix();
    fix.stored = new StoredSpelling(signalWords, vocabulary, deletions);
    return fix;
  }

  /** The knowledge word one edit away from {@code word}, or null when there is none or several. */
  String correct(String word) {
    // Checked first (as below), being free: a short or non-letter word is never corrected.
    if (word.length() < MIN_LENGTH || word.length() > MAX_LENGTH || !isLetters(word)) {
      return null;
    }
    StoredSpelling from;
    synchronized (this) {
      from = stored;
    }
    Map<String, String> deletions = from == null ? ready() : null;
    if (isWord(from, word) || isVocabulary(from, word)) {
      return null;
    }
    Set<String> candidates = new HashSet<>();
    // a letter missing ("recomendation"): the word is a deletion of a knowledge word
    if (!collect(from, deletions, word, candidates)) {
      return null;
    }
    for (int i = 0; i < word.length() && candidates.size() <= 1; i++) {
      String variant = word.substring(0, i) + word.substring(i + 1);
      if (isWord(from, variant)) {
        candidates.add(variant); // a letter too many ("pipelinne")
      }
      // a letter changed or two swapped ("dashbaord"): both lose a letter and meet
      if (!collect(from, deletions, variant, candidates)) {
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

  private boolean isWord(StoredSpelling from, String w) {
    return from == null ? words.contains(w) : from.isWord(w);
  }

  private boolean isVocabulary(StoredSpelling from, String w) {
    return from == null ? vocabulary.contains(w) : from.isVocabulary(w);
  }

  /**
   * Adds the word a variant came from (itself, or a word it is a one-letter deletion of); false
   * when two words share the variant.
   */
  private static boolean collect(
      StoredSpelling from, Map<String, String> deletions, String variant, Set<String> into) {
    String word;
    if (from == null) {
      if (!deletions.containsKey(variant)) {
        return true;
      }
      word = deletions.get(variant);
    } else {
      word = from.source(variant);
      if (word == StoredSpelling.NONE) {
        return true;
      }
    }
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
