package dev.aihire.compiled;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aihire.engine.recommend.RecommendIndex;
import dev.aihire.knowledge.KnowledgeLoader;
import dev.aihire.model.Knowledge;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled jar reads only the compiled form: team, team_audit and incidents must survive. */
class StaffingSectionTest {

  @Test
  void theStaffingSectionsRoundTripExactly() throws Exception {
    for (Path file :
        List.of(
            Path.of("roles.yaml"),
            Path.of("src/test/resources/knowledge/valid/team.yaml"),
            Path.of("src/test/resources/knowledge/valid/minimal.yaml"))) {
      Knowledge parsed = KnowledgeLoader.load(file);
      byte[] bytes = KnowledgeCodec.encode(parsed, RecommendIndex.build(parsed), "code", "key");
      Knowledge read = KnowledgeCodec.decode(bytes, "code", "key").knowledge();

      assertThat(read.team()).as(file.toString()).isEqualTo(parsed.team());
      assertThat(read.teamAudit()).as(file.toString()).isEqualTo(parsed.teamAudit());
      assertThat(read.incidents()).as(file.toString()).isEqualTo(parsed.incidents());
    }
  }

  @Test
  void theBundledCompiledFormCarriesThem() throws Exception {
    Knowledge bundled = KnowledgeStore.bundled().knowledge();
    Knowledge top = KnowledgeLoader.load(Path.of("roles.yaml"));

    assertThat(bundled.team()).isEqualTo(top.team());
    assertThat(bundled.incidents()).isEqualTo(top.incidents());
  }
}
