package dev.aihire.model;

/** How a role stands to machine-learning models: the first question of most mis-hires. */
public enum ModelRelation {
  BUILDS_MODELS("builds-models", "builds models"),
  BUILDS_WITH_MODELS("builds-with-models", "builds with existing models"),
  RUNS_MODELS("runs-models", "runs and operates models others build"),
  NO_MODELS("no-models", "works with data; no models needed");

  private final String id;
  private final String description;

  ModelRelation(String id, String description) {
    this.id = id;
    this.description = description;
  }

  public String id() {
    return id;
  }

  public String description() {
    return description;
  }

  public static ModelRelation fromId(String id) {
    for (ModelRelation r : values()) {
      if (r.id.equals(id)) {
        return r;
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return id;
  }
}
