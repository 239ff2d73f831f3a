package dev.aihire.engine.team;

import dev.aihire.knowledge.KnowledgeLoader;
import dev.aihire.model.Knowledge;
import java.nio.file.Path;

/** The small knowledge the team and triage engine tests run on. */
public final class Fixture {
  private static Knowledge knowledge;

  private Fixture() {}

  public static synchronized Knowledge knowledge() {
    if (knowledge == null) {
      try {
        knowledge = KnowledgeLoader.load(Path.of("src/test/resources/knowledge/valid/team.yaml"));
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
    return knowledge;
  }
}
