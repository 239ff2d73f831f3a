package dev.aihire.engine.glossary;

import java.util.List;

/**
 * A glossary entry as shown: the term with its related terms and owning roles resolved to names, so
 * neither the text nor the JSON reader has to look anything up.
 */
public record TermEntry(
    String id,
    String term,
    List<String> aliases,
    String definition,
    String example,
    List<Ref> related,
    List<Ref> roles) {

  public TermEntry {
    aliases = List.copyOf(aliases);
    related = List.copyOf(related);
    roles = List.copyOf(roles);
  }

  /** Another term or a role: its id and the name a person reads. */
  public record Ref(String id, String name) {}
}
