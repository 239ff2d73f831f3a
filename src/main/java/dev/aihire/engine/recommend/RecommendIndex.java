package dev.aihire.engine.recommend;

import dev.aihire.model.Knowledge;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Everything the recommender derives from the knowledge before it answers: the signal phrases
 * by first word, the spelling corrections and the profile words by word. Building it normalises
 * every phrase of every role; the storage layer (dev.aihire.compiled) keeps it ready-made, as
 * plain data ({@link #signalPatterns} and the rest), so a start-up only reads it back.
 */
public final class RecommendIndex {
  final SignalIndex signals;
  final ProfileIndex profiles;

  private RecommendIndex(SignalIndex signals, ProfileIndex profiles) {
    this.signals = signals;
    this.profiles = profiles;
  }

  public static RecommendIndex build(Knowledge knowledge) {
    return new RecommendIndex(new SignalIndex(knowledge), new ProfileIndex(knowledge));
  }

  /**
   * An index from the parts storage kept of one built for this knowledge. Parts that do not fit
   * the knowledge (a role out of range, postings out of order) throw IllegalArgumentException.
   */
  public static RecommendIndex of(Knowledge knowledge,
      Map<String, List<SignalIndex.Pattern>> signalPatterns, List<String> spellingWords,
      List<String> spellingVocabulary, Map<String, ProfileIndex.Postings> profilePostings) {
    SpellFix spelling = SpellFix.of(spellingWords, spellingVocabulary);
    return new RecommendIndex(new SignalIndex(knowledge.roles(), signalPatterns, spelling),
        new ProfileIndex(knowledge.roles().size(), profilePostings));
  }

  /** Signal patterns by their first word, in word order. */
  public SortedMap<String, List<SignalIndex.Pattern>> signalPatterns() {
    return signals.patternsByFirstWord();
  }

  /** The words a typo may be corrected to, sorted. */
  public List<String> spellingWords() {
    return signals.spelling().signalWords();
  }

  /** The knowledge's own words that are never corrected, sorted. */
  public List<String> spellingVocabulary() {
    return signals.spelling().consultedVocabulary();
  }

  /** Profile words and the roles they speak for, in word order. */
  public SortedMap<String, ProfileIndex.Postings> profilePostings() {
    return profiles.postingsByWord();
  }
}
