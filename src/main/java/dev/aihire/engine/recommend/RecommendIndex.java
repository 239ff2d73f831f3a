package dev.aihire.engine.recommend;

import dev.aihire.model.Knowledge;
import dev.aihire.model.NotAHireKind;
import dev.aihire.semantic.Embedder;
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
  final SemanticIndex semantic;

  private RecommendIndex(SignalIndex signals, ProfileIndex profiles, SemanticIndex semantic) {
    this.signals = signals;
    this.profiles = profiles;
    this.semantic = semantic;
  }

  /** The index of this knowledge, its situation sentences embedded with the bundled table. */
  public static RecommendIndex build(Knowledge knowledge) {
    return build(knowledge, Embedder.bundled());
  }

  public static RecommendIndex build(Knowledge knowledge, Embedder embedder) {
    return new RecommendIndex(new SignalIndex(knowledge), new ProfileIndex(knowledge),
        SemanticIndex.build(knowledge, embedder));
  }

  /**
   * An index from the parts storage kept of one built for this knowledge. Parts that do not fit
   * the knowledge (a role out of range, postings out of order) throw IllegalArgumentException.
   */
  public static RecommendIndex of(Knowledge knowledge,
      Map<String, List<SignalIndex.Pattern>> signalPatterns, List<String> spellingWords,
      List<String> spellingVocabulary, Map<String, ProfileIndex.Postings> profilePostings,
      SemanticIndex semantic) {
    SpellFix spelling = SpellFix.of(spellingWords, spellingVocabulary);
    int owners = knowledge.roles().size() + knowledge.notAHire().size();
    if (semantic.discriminant().classes() != knowledge.roles().size() + NotAHireKind.values().length) {
      throw new IllegalArgumentException("a discriminant for other classes");
    }
    for (int o : semantic.owners()) {
      if (o < 0 || o >= owners) {
        throw new IllegalArgumentException("a situation sentence of no role");
      }
    }
    return new RecommendIndex(new SignalIndex(knowledge.roles(), signalPatterns, spelling,
        owners), new ProfileIndex(knowledge.roles().size(), profilePostings), semantic);
  }

  /** The situation sentences and their vectors. */
  public SemanticIndex semantic() {
    return semantic;
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
