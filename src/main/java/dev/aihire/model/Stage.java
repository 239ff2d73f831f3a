package dev.aihire.model;

import java.util.List;

/** How far along the hiring organisation is; plan notes in the knowledge differ by stage. */
public enum Stage {
  FIRST_HIRE("first-hire"),
  STARTUP("startup"),
  SCALE_UP("scale-up"),
  ENTERPRISE("enterprise");

  private final String id;

  Stage(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  /** The stage with this id, or null. */
  public static Stage fromId(String id) {
    for (Stage s : values()) {
      if (s.id.equals(id)) {
        return s;
      }
    }
    return null;
  }

  public static List<String> ids() {
    return List.of(values()).stream().map(Stage::id).toList();
  }

  @Override
  public String toString() {
    return id;
  }
}
