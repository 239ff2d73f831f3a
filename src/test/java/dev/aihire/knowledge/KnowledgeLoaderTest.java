package dev.aihire.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aihire.compiled.KnowledgeStore;
import dev.aihire.model.Knowledge;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KnowledgeLoaderTest {
  static final Path FIXTURES = Path.of("src/test/resources/knowledge");

  @Test
  void shippedKnowledgeHasNoProblemsAndEnoughOfEverything() throws Exception {
    Knowledge k = KnowledgeLoader.load(Path.of("roles.yaml"));
    assertThat(k.roles())
        .extracting(r -> r.id())
        .containsExactlyInAnyOrder(
            "ai-engineer",
            "ml-engineer",
            "data-scientist",
            "data-engineer",
            "analytics-engineer",
            "data-analyst",
            "ml-researcher",
            "mlops-engineer",
            "ml-platform-engineer",
            "prompt-engineer",
            "ai-product-manager",
            "research-engineer",
            "ai-governance-lead");
    assertThat(k.glossary()).hasSizeGreaterThanOrEqualTo(60);
    assertThat(k.redFlags()).hasSizeGreaterThanOrEqualTo(10);
    assertThat(k.questions()).hasSizeGreaterThanOrEqualTo(8);
    for (var r : k.roles()) {
      assertThat(r.signals()).as(r.id()).hasSizeGreaterThanOrEqualTo(20);
      assertThat(r.interviewQuestions()).as(r.id()).isNotEmpty();
    }
  }

  @Test
  void bundledCopyIsTheTopLevelFile() throws Exception {
    Knowledge bundled = KnowledgeStore.bundled().knowledge();
    Knowledge top = KnowledgeLoader.load(Path.of("roles.yaml"));
    assertThat(bundled.roles()).isEqualTo(top.roles());
    assertThat(bundled.glossary()).isEqualTo(top.glossary());
  }

  @Test
  void minimalFixtureLoads() throws Exception {
    Knowledge k = KnowledgeLoader.load(FIXTURES.resolve("valid/minimal.yaml"));
    assertThat(k.roles()).hasSize(2);
    assertThat(k.roleById("ml-engineer").aliases()).containsExactly("MLE");
    assertThat(k.questions().get(0).answers().get(0).pointsFor("ai-engineer")).isEqualTo(3);
    assertThat(k.quiz().get(0).answer()).isZero();
  }

  /** One fixture per rule: the problem's location and the words a user needs. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      unknown-key       | 7:5   | unknown key 'sumary' (did you mean 'summary'?)
      missing-field     | 29:5  | role 'ml-engineer': missing required key 'summary'
      wrong-type        | 9:13  | 'skills' must be a list, not a string
      duplicate-id      | 29:5  | duplicate role id 'ai-engineer' (first at line 3)
      duplicate-key     | 5:5   | duplicate key 'name' (first at line 4)
      unknown-role-ref  | 16:18 | 'mlops-enginer' is not a role id (did you mean 'ml-engineer'?)
      unknown-term-ref  | 58:15 | 'llms' is not a glossary id (did you mean 'llm'?)
      blank-string      | 22:16 | 'tests' must not be blank
      anchor            | 36:12 | YAML anchor '&t' is not allowed
      anchor-scalar     | 36:13 | YAML anchor '&t' is not allowed; write the value out in full
      anchor-key        | 36:5  | YAML anchor '&k' is not allowed; write the key plainly
      tag               | 36:13 | YAML tag '!!python/object:os.system' is not allowed
      alias             | 35:13 | YAML alias '*pytorch' is not allowed
      weight-range      | 26:17 | must be a whole number from -5 to 5, not 9
      bad-enum          | 33:21 | 'model_relation' must be one of builds-models
      bad-id            | 68:9  | must be lower-case words joined by '-'
      name-collision    | 29:5  | the name 'LLM Engineer' is also used by role 'ai-engineer'
      duplicate-signal  | 52:9  | signal 'train model' repeats 'trained models'
      control-char      | 6:14  | contains a control character
      bad-version       | 1:10  | 'version' must be 1, not 2
      malformed         | 11:15 | not valid YAML: expected ',' or ']'
      quiz-answer-range | 87:13 | 'answer' must be a whole number from 0 to 1, not 5
      points-range      | 79:31 | points for 'ai-engineer' must be a whole number from -3 to 3
      empty             | 1:1   | the file is empty
      not-a-mapping     | 1:1   | the top level must be a mapping
      latin1            | 6:17  | not UTF-8 text (byte 0xE9)
      binary            | 1:11  | character U+0000 is not allowed
      deep              | 2:72  | nested more than 64 levels deep
      alias-bomb        | 2:1   | unknown key 'a'
      """)
  void eachRuleIsReportedWithItsLocation(String fixture, String lineCol, String message) {
    Path file = FIXTURES.resolve("invalid/" + fixture + ".yaml");
    assertThatThrownBy(() -> KnowledgeLoader.load(file))
        .isInstanceOfSatisfying(
            KnowledgeException.class,
            e -> {
              Problem found =
                  e.problems().stream()
                      .filter(p -> p.message().contains(message))
                      .findFirst()
                      .orElseThrow(
                          () ->
                              new AssertionError(
                                  "no problem says '" + message + "' in " + e.problems()));
              assertThat(found.file()).isEqualTo(file.toString());
              assertThat(found.line() + ":" + found.column()).isEqualTo(lineCol);
            });
  }

  @Test
  void anAliasBombIsRefusedWithoutExpandingIt() {
    assertThatThrownBy(() -> KnowledgeLoader.load(FIXTURES.resolve("invalid/alias-bomb.yaml")))
        .isInstanceOfSatisfying(
            KnowledgeException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::message)
                    .anySatisfy(m -> assertThat(m).contains("YAML anchor '&a' is not allowed"))
                    .anySatisfy(m -> assertThat(m).contains("YAML alias '*d' is not allowed")));
  }

  @Test
  void everyProblemIsReportedInOneRun(@TempDir Path dir) throws IOException {
    String text =
        Files.readString(FIXTURES.resolve("valid/minimal.yaml"))
            .replace("    summary: Trains and ships custom models.\n", "")
            .replace("instead: ml-engineer", "instead: nobody")
            .replace("    skills: [APIs]\n", "    skills: APIs\n");
    Path file = dir.resolve("three.yaml");
    Files.writeString(file, text);
    assertThatThrownBy(() -> KnowledgeLoader.load(file))
        .isInstanceOfSatisfying(
            KnowledgeException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::message)
                    .hasSize(3)
                    .anySatisfy(m -> assertThat(m).contains("missing required key 'summary'"))
                    .anySatisfy(m -> assertThat(m).contains("'nobody' is not a role id"))
                    .anySatisfy(m -> assertThat(m).contains("'skills' must be a list")));
  }

  @Test
  void fileOverTheSizeLimitIsRefusedBeforeParsing(@TempDir Path dir) throws IOException {
    Path big = dir.resolve("big.yaml");
    byte[] line = "# padding padding padding padding padding padding padding padding\n".getBytes();
    try (var out = Files.newOutputStream(big)) {
      for (long written = 0; written <= YamlReader.MAX_BYTES; written += line.length) {
        out.write(line);
      }
    }
    assertThatThrownBy(() -> KnowledgeLoader.load(big))
        .isInstanceOfSatisfying(
            KnowledgeException.class,
            e -> assertThat(e.problems().get(0).message()).contains("over the limit of 64 MiB"));
  }

  @ParameterizedTest(name = "{0} bytes reported as {1}")
  @CsvSource({"100, 100", "100, 40", "100, 250", "100, 0", "300, 300", "300, 120"})
  void reportedSizeIsOnlyAHintForReading(int actual, long reported) throws IOException {
    byte[] content = new byte[actual];
    for (int i = 0; i < actual; i++) {
      content[i] = (byte) ('a' + i % 26);
    }
    // A limit of 200: a file that shrank, grew or lied about its size reads as it is, and one
    // over the limit reads one byte past it (which the caller refuses), never more.
    byte[] read =
        KnowledgeLoader.readBounded(new java.io.ByteArrayInputStream(content), reported, 200);
    assertThat(read).isEqualTo(java.util.Arrays.copyOf(content, Math.min(actual, 201)));
  }

  @Test
  void missingFileAndDirectoryGetPlainMessages(@TempDir Path dir) {
    assertThatThrownBy(() -> KnowledgeLoader.load(dir.resolve("nope.yaml")))
        .isInstanceOfSatisfying(
            KnowledgeException.class,
            e ->
                assertThat(e.problems().get(0).toString())
                    .endsWith("nope.yaml:1:1: no such file; check the path"));
    assertThatThrownBy(() -> KnowledgeLoader.load(dir))
        .isInstanceOfSatisfying(
            KnowledgeException.class,
            e -> assertThat(e.problems().get(0).message()).startsWith("is a directory"));
  }

  @Test
  void modelCollectionsAreImmutable() throws Exception {
    Knowledge k = KnowledgeLoader.load(FIXTURES.resolve("valid/minimal.yaml"));
    assertThatThrownBy(() -> k.roles().get(0).signals().add(null))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> k.roles().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThat(List.copyOf(k.glossary())).hasSize(2);
  }
}
