package dev.aihire.engine.glossary;

import java.util.List;

/** The terms whose name, definition or example mention the searched words. */
public record SearchResult(String query, List<Hit> results) {
  public SearchResult {
    results = List.copyOf(results);
  }

  /** A term that mentions the words; {@code matchedIn} says where: term, definition, example. */
  public record Hit(String id, String term, String definition, List<String> matchedIn) {
    public Hit {
      matchedIn = List.copyOf(matchedIn);
    }
  }
}
