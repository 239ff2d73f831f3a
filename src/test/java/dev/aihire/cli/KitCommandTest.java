package dev.aihire.cli;

import static dev.aihire.CliRun.cli;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aihire.CliRun.Result;
import dev.aihire.knowledge.KnowledgeLoader;
import dev.aihire.model.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code aihire kit} for every role: complete JSON, and Markdown a real parser accepts. */
class KitCommandTest {
  static final ObjectMapper JSON = new ObjectMapper();

  static Stream<String> roles() throws Exception {
    return KnowledgeLoader.loadBundledYaml().roles().stream().map(Role::id);
  }

  @ParameterizedTest
  @MethodSource("roles")
  void jsonHasQuestionsWithAnswersAScorecardAndAWorkSample(String role) throws Exception {
    Result r = cli().run("kit", role, "--format", "json");
    assertThat(r.exitCode()).isZero();
    JsonNode kit = JSON.readTree(r.out());
    assertThat(kit.get("questions").size()).isGreaterThanOrEqualTo(4);
    for (JsonNode q : kit.get("questions")) {
      assertThat(q.get("question").asText()).isNotBlank();
      assertThat(q.get("tests").asText()).isNotBlank();
      assertThat(q.get("strong_answer").asText()).isNotBlank();
      assertThat(q.get("weak_answer").asText()).isNotBlank();
    }
    assertThat(kit.get("scorecard").size()).isGreaterThanOrEqualTo(4);
    for (JsonNode row : kit.get("scorecard")) {
      assertThat(row.get("competency").asText()).isNotBlank();
      assertThat(row.get("levels").size()).isEqualTo(4);
    }
    assertThat(kit.get("work_sample").get("task").asText()).isNotBlank();
    assertThat(kit.get("work_sample").get("good_submission").size()).isPositive();
    assertThat(kit.get("missing").size()).isZero();
  }

  @ParameterizedTest
  @MethodSource("roles")
  void markdownHasOneTitleAndAScorecardTable(String role) {
    Result r = cli().run("kit", role);
    assertThat(r.exitCode()).isZero();
    Node doc =
        Parser.builder().extensions(List.of(TablesExtension.create())).build().parse(r.out());
    List<Heading> headings = new ArrayList<>();
    List<TableBlock> tables = new ArrayList<>();
    doc.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Heading heading) {
            headings.add(heading);
            visitChildren(heading);
          }

          @Override
          public void visit(CustomBlock block) {
            if (block instanceof TableBlock t) {
              tables.add(t);
            }
            visitChildren(block);
          }
        });
    assertThat(headings.stream().filter(h -> h.getLevel() == 1)).hasSize(1);
    assertThat(tables).hasSize(2); // what to assess, and the scorecard
    assertThat(r.out())
        .contains(
            "\n## Scorecard\n",
            "| Competency | 1 | 2 | 3 | 4 | Score |",
            "\n## Work sample\n",
            "- **Weak answer:** ");
  }

  @Test
  void aRoleWithoutAKitStillGetsOneFromItsOwnFieldsAndSaysWhatIsMissing(@TempDir Path dir)
      throws Exception {
    String yaml = Files.readString(Path.of("roles.yaml"));
    int from = yaml.indexOf("  - role: prompt-engineer\n", yaml.indexOf("\nkits:"));
    int to = yaml.indexOf("\n  - role: ", from + 1);
    to = to < 0 ? yaml.indexOf("\nposting_checks:", from) : to;
    Path file =
        Files.writeString(
            dir.resolve("no-kit.yaml"), yaml.substring(0, from) + yaml.substring(to + 1));
    Result md = cli().run("--knowledge", file.toString(), "kit", "prompt-engineer");
    assertThat(md.exitCode()).isZero();
    assertThat(md.out())
        .contains(
            "**Incomplete kit:**",
            "competencies",
            "work sample",
            "- **Weak answer:** _not in the knowledge yet_",
            "\n## Questions\n")
        .doesNotContain("## Scorecard");
    JsonNode kit =
        JSON.readTree(
            cli()
                .run("--knowledge", file.toString(), "kit", "prompt-engineer", "--format", "json")
                .out());
    assertThat(kit.get("missing").toString())
        .isEqualTo("[\"competencies\",\"work_sample\",\"weak_answers\"]");
    assertThat(kit.get("questions").size()).isEqualTo(4);
  }

  @Test
  void nameAndAliasFindTheRole() {
    assertThat(cli().run("kit", "BI analyst").out())
        .startsWith("# Interview kit: Data Analyst (`data-analyst`)\n");
  }

  @Test
  void anUnknownRoleExitsTwoWithDidYouMean() {
    Result r = cli().run("kit", "nope");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("unknown role 'nope'");
    Result typo = cli().run("kit", "mlops-enginer");
    assertThat(typo.exitCode()).isEqualTo(2);
    assertThat(typo.err()).contains("did you mean 'mlops-engineer'");
  }
}
