package dev.aihire.model;

/** Why a need is not one of the knowledge's roles; spelled in the knowledge as {@link #id()}. */
public enum NotAHireKind {
  /** A job outside AI and data (a mobile developer, an accountant). */
  OTHER_JOB("other-job"),
  /** A leader who builds and runs a function, not an individual contributor. */
  LEADERSHIP("leadership"),
  /** Work that is usually bought from a vendor or a service, not hired for. */
  VENDOR("vendor");

  private final String id;

  NotAHireKind(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  /** The kind spelled {@code id}, or null. */
  public static NotAHireKind fromId(String id) {
    for (NotAHireKind k : values()) {
      if (k.id.equals(id)) {
        return k;
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return id;
  }
}
