package dev.aihire.engine.quiz;

import java.util.Locale;

/** What a quiz question trains: the roles, the glossary, or the warning signs of a hire. */
public enum Topic {
  ROLES("roles"),
  GLOSSARY("glossary"),
  RED_FLAGS("red-flags");

  private final String id;

  Topic(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  /** The topic of a hand-written question; the loader has checked it is one of the ids. */
  static Topic fromId(String id) {
    for (Topic t : values()) {
      if (t.id.equals(id.toLowerCase(Locale.ROOT))) {
        return t;
      }
    }
    return ROLES;
  }

  @Override
  public String toString() {
    return id;
  }
}
