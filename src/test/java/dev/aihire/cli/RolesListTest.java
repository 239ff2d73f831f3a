package dev.aihire.cli;

import static dev.aihire.CliRun.cli;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aihire.CliRun;
import dev.aihire.compiled.KnowledgeStore;
import dev.aihire.render.Text;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code aihire roles}: a header and one line a role at any width, like gh repo list. */
class RolesListTest {

  @ParameterizedTest(name = "at {0} columns")
  @ValueSource(ints = {20, 33, 47, 60, 80, 100, 123, 160, 240})
  void oneLineARoleThatFitsTheWidth(int width) throws Exception {
    CliRun.Result r = cli().env("COLUMNS", String.valueOf(width)).run("roles");

    assertThat(r.exitCode()).isZero();
    List<String> lines = r.out().lines().toList();
    // A header, then one line for each role of the bundled knowledge.
    assertThat(lines).hasSize(1 + KnowledgeStore.bundled().knowledge().roles().size());
    assertThat(lines.get(0)).startsWith("ID");
    assertThat(lines.subList(1, lines.size()))
        .extracting(l -> l.split(" ")[0])
        .contains("ai-engineer", "ml-platform-engineer", "prompt-engineer");
    assertThat(lines).allSatisfy(l -> assertThat(Text.width(l)).as(l).isLessThanOrEqualTo(width));
  }

  @ParameterizedTest(name = "at {0} columns")
  @ValueSource(ints = {80, 100})
  void showsIdNameAndTheStartOfTheSummary(int width) {
    String out = cli().env("COLUMNS", String.valueOf(width)).run("roles").out();

    assertThat(out.lines().filter(l -> l.startsWith("ml-engineer ")).findFirst().orElseThrow())
        .contains("Machine Learning Engineer  An engineer who trains");
  }
}
