package dev.aihire.engine.glossary;

import java.util.List;

/**
 * The answer to a typed term: the entry (matched exactly, or the one close match to a typo), or the
 * candidates to choose from when several terms are close, or suggestions when none is.
 *
 * @param query what was typed
 * @param match how it matched
 * @param term the entry, for {@code exact} and {@code close}; null otherwise
 * @param candidates the terms to choose from ({@code ambiguous}) or suggestions ({@code none})
 */
public record TermMatch(String query, Match match, TermEntry term, List<Candidate> candidates) {
  public TermMatch {
    candidates = List.copyOf(candidates);
  }

  public boolean found() {
    return term != null;
  }

  /** How a typed term matched. */
  public enum Match {
    /** The term, an alias or the id, ignoring case and punctuation. */
    EXACT,
    /** One term is clearly closest to a typo or a fragment; it is shown, with a note. */
    CLOSE,
    /** Several terms are equally close: the user chooses. */
    AMBIGUOUS,
    /** Nothing is close. */
    NONE;

    @Override
    public String toString() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** A term worth offering, and the name of it that came close to what was typed. */
  public record Candidate(String id, String term, String matched) {}
}
