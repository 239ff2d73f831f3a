package dev.aihire.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.aihire.model.Knowledge;
import dev.aihire.model.NotAHire;
import dev.aihire.model.NotAHireKind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The not_a_hire section: what the shipped file holds, and one broken entry per rule. */
class NotAHireTest {
  private static final Path MINIMAL = Path.of("src/test/resources/knowledge/valid/minimal.yaml");

  private static final String GOOD =
      """
        - id: plumber
          kind: other-job
          name: plumber
          situations:
            - Water leaks under the sink.
            - The boiler is cold.
            - The bathroom pipes need fitting.
          signals: [plumber, leaking pipe]
          advice: Call a plumber.
      """;

  @Test
  void shippedFileHasABroadListOfEveryKind() throws Exception {
    Knowledge k = KnowledgeLoader.load(Path.of("roles.yaml"));
    assertThat(k.notAHire()).hasSizeGreaterThanOrEqualTo(30);
    Map<NotAHireKind, Long> byKind =
        k.notAHire().stream().collect(Collectors.groupingBy(NotAHire::kind, Collectors.counting()));
    assertThat(byKind.get(NotAHireKind.LEADERSHIP)).isGreaterThanOrEqualTo(3);
    assertThat(byKind.get(NotAHireKind.VENDOR)).isGreaterThanOrEqualTo(3);
    Map<String, NotAHire> byId =
        k.notAHire().stream().collect(Collectors.toMap(NotAHire::id, Function.identity()));
    assertThat(byId)
        .containsKeys(
            "mobile-developer",
            "head-of-ai",
            "data-labelling-vendor",
            "business-analyst",
            "pipeline-welder");
    assertThat(byId.get("head-of-ai").kind()).isEqualTo(NotAHireKind.LEADERSHIP);
    for (NotAHire e : k.notAHire()) {
      assertThat(e.situations()).as(e.id()).hasSizeBetween(3, 8);
      assertThat(e.signals()).as(e.id()).isNotEmpty();
    }
  }

  @Test
  void aGoodEntryBinds() throws Exception {
    Knowledge k = parse(GOOD);
    assertThat(k.notAHire())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.kind()).isEqualTo(NotAHireKind.OTHER_JOB);
              assertThat(e.signals()).containsExactly("plumber", "leaking pipe");
            });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      unknown key    | 'kind: other-job'  | 'kind: other-job\\n    pay: 1' | unknown key 'pay'
      missing field  | '    advice: Call a plumber.\\n' | ''       | missing required key 'advice'
      bad kind       | 'kind: other-job'  | 'kind: trade'      | leadership, vendor, not 'trade'
      role id        | 'id: plumber'      | 'id: ai-engineer'  | the id is also a role id
      role signal    | 'leaking pipe]'    | 'chatbot]'         | a signal of role 'ai-engineer'
      repeated       | 'leaking pipe]'    | 'plumbers]'        | 'plumbers' repeats 'plumber'
      few situations | '      - The boiler is cold.\\n' | ''  | needs 3 to 8 situations, has 2
      """)
  void aBrokenEntryIsAProblemAtItsLine(String rule, String from, String to, String message)
      throws Exception {
    String entry = GOOD.replace(from.replace("\\n", "\n"), to.replace("\\n", "\n"));
    KnowledgeException e = catchThrowableOfType(() -> parse(entry), KnowledgeException.class);
    assertThat(e).as(rule).isNotNull();
    assertThat(e.problems())
        .as(rule)
        .anySatisfy(
            p -> {
              assertThat(p.message()).contains(message);
              assertThat(p.line()).isGreaterThan(88);
            });
  }

  @Test
  void aDuplicateIdIsAProblem() {
    KnowledgeException e =
        catchThrowableOfType(
            () -> parse(GOOD + GOOD.replace("plumber,", "drain,")), KnowledgeException.class);
    assertThat(e.problems())
        .anySatisfy(
            p ->
                assertThat(p.message())
                    .contains("not_a_hire 'plumber': the id is also a not_a_hire entry id"));
  }

  private static Knowledge parse(String entries) throws Exception {
    String yaml = Files.readString(MINIMAL, StandardCharsets.UTF_8) + "not_a_hire:\n" + entries;
    return KnowledgeLoader.parse("k.yaml", yaml.getBytes(StandardCharsets.UTF_8));
  }
}
