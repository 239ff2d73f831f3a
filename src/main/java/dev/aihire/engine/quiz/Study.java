package dev.aihire.engine.quiz;

/**
 * What to read to learn the knowledge behind a question, as data: one glossary term or one role by
 * id, or the whole glossary or roles list. Renderers say how to read it (the command line), so the
 * text and the JSON of a quiz cannot disagree.
 */
public record Study(Page page, String id) {
  /** The kinds of page: an entry ({@code id} names it) or a whole list ({@code id} is null). */
  public enum Page {
    TERM,
    ROLE,
    GLOSSARY,
    ROLES
  }

  public Study {
    if ((page == Page.TERM || page == Page.ROLE) != (id != null)) {
      throw new IllegalArgumentException(page + " with id " + id);
    }
  }

  public static Study term(String id) {
    return new Study(Page.TERM, id);
  }

  public static Study role(String id) {
    return new Study(Page.ROLE, id);
  }

  /** The whole list of a topic's knowledge: the glossary, else the roles. */
  public static Study list(Topic topic) {
    return new Study(topic == Topic.GLOSSARY ? Page.GLOSSARY : Page.ROLES, null);
  }
}
