package dev.aihire.engine.check;

/** What a posting's title and duties add up to. */
public enum Verdict {
  /** The duties describe the role the title names (or, untitled, one role clearly). */
  MATCH("match"),
  /** The duties clearly describe another role than the title's. */
  MISMATCH("mismatch"),
  /** The duties of three or more roles, each with its own strong evidence. */
  UNICORN("unicorn"),
  /** No role has enough evidence in the duties. */
  VAGUE("vague"),
  /** Not a hire of one AI or data person: a leadership post, or another kind of job. */
  NOT_A_HIRE("not-a-hire");

  private final String id;

  Verdict(String id) {
    this.id = id;
  }

  public static Verdict fromId(String id) {
    for (Verdict v : values()) {
      if (v.id.equals(id)) {
        return v;
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return id;
  }
}
