package dev.aihire.engine.quiz;

/** The kinds of question the quiz asks; the id is part of the JSON output. */
public enum Kind {
  ROLE_FOR_NEED("role-for-need", Topic.ROLES),
  ROLE_FOR_DUTY("role-for-duty", Topic.ROLES),
  SUMMARY_OF_ROLE("summary-of-role", Topic.ROLES),
  NOT_A_DUTY("not-a-duty", Topic.ROLES),
  ROLE_FOR_RED_FLAG("role-for-red-flag", Topic.RED_FLAGS),
  ROLE_FOR_GOOD_SIGN("role-for-good-sign", Topic.RED_FLAGS),
  ROLE_FOR_WARNING("role-for-warning", Topic.RED_FLAGS),
  TERM_FOR_DEFINITION("term-for-definition", Topic.GLOSSARY),
  /** From the knowledge file's {@code quiz} section; its topic is the item's own. */
  HAND_WRITTEN("hand-written", null);

  private final String id;
  private final Topic topic;

  Kind(String id, Topic topic) {
    this.id = id;
    this.topic = topic;
  }

  public String id() {
    return id;
  }

  /** The topic of every question of this kind, or null when each question has its own. */
  Topic topic() {
    return topic;
  }

  @Override
  public String toString() {
    return id;
  }
}
