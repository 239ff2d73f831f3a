package dev.aihire.model;

import java.util.List;

/** A glossary entry in plain language. */
public record Term(
    String id,
    String term,
    List<String> aliases,
    String definition,
    String example,
    List<String> related,
    List<String> roles) {

  public Term {
    aliases = List.copyOf(aliases);
    related = List.copyOf(related);
    roles = List.copyOf(roles);
  }
}
