package dev.aihire.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape of the project's second labelled set of hiring needs (needs-v2.jsonl): it is only
 * useful for tuning and for the held-out check if every line is well formed, every label is a role
 * the contract knows, every style has enough cases and the held-out split is the fixed third of
 * each style. Parsed with jackson-core's streaming parser, which the YAML loader already brings, so
 * the test needs no extra dependency.
 */
class NeedsSetTest {
  static final Path NEEDS = Path.of("src/test/resources/eval/needs-v2.jsonl");
  static final Path OLD_NEEDS = Path.of("src/test/resources/eval/needs.jsonl");

  /** The role ids of the table in CONTRACT.md, hard-coded so a rename shows up here. */
  static final Set<String> ROLE_IDS =
      Set.of(
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

  static final List<String> STYLES =
      List.of(
          "slack",
          "founder-note",
          "non-native",
          "symptom",
          "jargon",
          "negation",
          "job-ad",
          "typos");
  static final String NO_FIT = "no-fit";
  static final Set<String> NOT_A_HIRE_KINDS = Set.of("other-job", "leadership", "vendor");

  record Case(
      String id,
      String text,
      List<String> expect,
      List<String> accept,
      String style,
      String split,
      String notAHire,
      List<String> mixed) {}

  static List<Case> cases;

  @BeforeAll
  static void readCases() throws IOException {
    cases = new ArrayList<>();
    JsonFactory factory =
        JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    int lineNo = 0;
    for (String line : Files.readAllLines(NEEDS, StandardCharsets.UTF_8)) {
      lineNo++;
      assertThat(line).as("line %d is blank", lineNo).isNotBlank();
      cases.add(toCase(parse(factory, line, lineNo), lineNo));
    }
  }

  /** A line's fields: a flat object whose values are strings or arrays of strings. */
  record Fields(Map<String, String> strings, Map<String, List<String>> lists) {}

  static Fields parse(JsonFactory factory, String line, int lineNo) throws IOException {
    Map<String, String> strings = new HashMap<>();
    Map<String, List<String>> lists = new HashMap<>();
    try (JsonParser p = factory.createParser(line)) {
      assertThat(p.nextToken())
          .as("line %d starts an object", lineNo)
          .isEqualTo(JsonToken.START_OBJECT);
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        JsonToken value = p.nextToken();
        if (value == JsonToken.START_ARRAY) {
          List<String> items = new ArrayList<>();
          while (p.nextToken() == JsonToken.VALUE_STRING) {
            items.add(p.getText());
          }
          assertThat(p.currentToken())
              .as("line %d: %s holds only strings", lineNo, key)
              .isEqualTo(JsonToken.END_ARRAY);
          lists.put(key, items);
        } else {
          assertThat(value)
              .as("line %d: %s is a string", lineNo, key)
              .isEqualTo(JsonToken.VALUE_STRING);
          strings.put(key, p.getText());
        }
      }
      assertThat(p.currentToken()).isEqualTo(JsonToken.END_OBJECT);
      assertThat(p.nextToken()).as("line %d holds one object only", lineNo).isNull();
    }
    return new Fields(strings, lists);
  }

  static Case toCase(Fields fields, int lineNo) {
    Map<String, String> strings = fields.strings();
    Map<String, List<String>> lists = fields.lists();
    for (String key : List.of("id", "text", "style", "split")) {
      assertThat(strings).as("line %d has %s", lineNo, key).containsKey(key);
    }
    for (String key : List.of("expect", "accept")) {
      assertThat(lists).as("line %d has %s", lineNo, key).containsKey(key);
    }
    return new Case(
        strings.get("id"),
        strings.get("text"),
        lists.get("expect"),
        lists.get("accept"),
        strings.get("style"),
        strings.get("split"),
        strings.get("not_a_hire"),
        lists.getOrDefault("mixed", List.of()));
  }

  @Test
  void idsAreUniqueAndTextsNotEmpty() {
    Set<String> ids = new HashSet<>();
    for (Case c : cases) {
      assertThat(ids.add(c.id())).as("id %s repeated", c.id()).isTrue();
      assertThat(c.text()).as(c.id()).isNotBlank();
    }
    assertThat(cases).hasSizeGreaterThanOrEqualTo(450);
  }

  @Test
  void labelsNameOnlyContractRoles() {
    for (Case c : cases) {
      assertThat(c.expect()).as(c.id()).hasSizeLessThanOrEqualTo(1);
      assertThat(ROLE_IDS)
          .as(c.id())
          .containsAll(c.expect())
          .containsAll(c.accept())
          .containsAll(c.mixed());
      c.expect()
          .forEach(
              role ->
                  assertThat(c.accept())
                      .as("%s accepts its own expected role", c.id())
                      .doesNotContain(role));
    }
  }

  @Test
  void noFitCasesSayWhyAndFitCasesDoNot() {
    for (Case c : cases) {
      if (c.expect().isEmpty()) {
        assertThat(c.notAHire()).as(c.id()).isIn(NOT_A_HIRE_KINDS);
        assertThat(c.accept()).as(c.id()).isEmpty();
      } else {
        assertThat(c.notAHire()).as(c.id()).isNull();
      }
      boolean otherJob = "other-job".equals(c.notAHire());
      assertThat(otherJob)
          .as("%s: other-job cases are the no-fit style", c.id())
          .isEqualTo(NO_FIT.equals(c.style()));
    }
    assertThat(cases.stream().filter(c -> "leadership".equals(c.notAHire()))).hasSizeBetween(8, 20);
    assertThat(cases.stream().filter(c -> "vendor".equals(c.notAHire()))).hasSizeBetween(8, 20);
  }

  @Test
  void mixedNeedsExpectTheFirstHireAndAcceptTheSecond() {
    List<Case> mixed = cases.stream().filter(c -> !c.mixed().isEmpty()).toList();
    assertThat(mixed).hasSizeGreaterThanOrEqualTo(12);
    for (Case c : mixed) {
      assertThat(c.mixed()).as(c.id()).hasSize(2);
      assertThat(c.expect()).as(c.id()).containsExactly(c.mixed().get(0));
      assertThat(c.accept()).as(c.id()).contains(c.mixed().get(1));
    }
  }

  @Test
  void everyStyleIsLargeEnoughAndHoldsAFixedThirdOut() {
    Map<String, int[]> perStyle = new TreeMap<>();
    for (Case c : cases) {
      assertThat(c.style()).as(c.id()).isIn(allStyles());
      assertThat(c.split()).as(c.id()).isIn("tune", "holdout");
      assertThat(c.id()).as("ids are numbered within their style").startsWith(c.style() + "-");
      int[] counts = perStyle.computeIfAbsent(c.style(), s -> new int[2]);
      counts[0]++;
      counts[1] += "holdout".equals(c.split()) ? 1 : 0;
    }
    for (String style : STYLES) {
      assertThat(perStyle.get(style)[0]).as("cases in style %s", style).isGreaterThanOrEqualTo(35);
    }
    assertThat(perStyle.get(NO_FIT)[0]).as("no-fit cases").isGreaterThanOrEqualTo(45);
    perStyle.forEach(
        (style, counts) ->
            assertThat((double) counts[1] / counts[0])
                .as("holdout share of %s", style)
                .isBetween(0.30, 0.40));
  }

  @Test
  void everyRoleIsCovered() {
    Map<String, Integer> perRole = new HashMap<>();
    cases.forEach(c -> c.expect().forEach(r -> perRole.merge(r, 1, Integer::sum)));
    for (String role : ROLE_IDS) {
      assertThat(perRole.getOrDefault(role, 0))
          .as("cases expecting %s", role)
          .isGreaterThanOrEqualTo(12);
    }
  }

  @Test
  void noTextIsCopiedFromTheFirstSet() throws IOException {
    JsonFactory factory = new JsonFactory();
    Set<String> oldTexts = new HashSet<>();
    int lineNo = 0;
    for (String line : Files.readAllLines(OLD_NEEDS, StandardCharsets.UTF_8)) {
      oldTexts.add(normalised(parse(factory, line, ++lineNo).strings().get("text")));
    }
    Set<String> seen = new HashSet<>();
    for (Case c : cases) {
      String text = normalised(c.text());
      assertThat(oldTexts).as("%s repeats a need of needs.jsonl", c.id()).doesNotContain(text);
      assertThat(seen.add(text)).as("%s repeats another case's text", c.id()).isTrue();
    }
  }

  static String normalised(String text) {
    return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  static List<String> allStyles() {
    List<String> all = new ArrayList<>(STYLES);
    all.add(NO_FIT);
    return all;
  }
}
