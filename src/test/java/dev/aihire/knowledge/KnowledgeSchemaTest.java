package dev.aihire.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.aihire.model.ModelRelation;
import dev.aihire.model.NotAHireKind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * roles.schema.json is for editors; the loader is the law. These tests keep the two equal: the
 * schema's keys, required keys, enums and ranges are compared with the binder's own sets and with
 * what the loader actually reports when a key is removed, and the shipped roles.yaml is validated
 * against the schema with a real JSON Schema 2020-12 validator.
 */
class KnowledgeSchemaTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ObjectMapper JSON = new ObjectMapper();
  private static JsonNode schema;

  /** Each schema definition, the binder's allowed keys, and where an example sits in the file. */
  private record Section(String def, Set<String> keys, String path) {}

  private static final List<Section> SECTIONS =
      List.of(
          new Section("", Binder.TOP, ""),
          new Section("role", RoleBinder.ROLE, "/roles/0"),
          new Section("wrongHire", RoleBinder.WRONG_HIRE, "/roles/0/wrong_hire_when/0"),
          new Section("confusion", RoleBinder.CONFUSION, "/roles/0/confused_with/0"),
          new Section("interviewQuestion", RoleBinder.INTERVIEW, "/roles/0/interview_questions/0"),
          new Section("signal", RoleBinder.SIGNAL, "/roles/0/signals/0"),
          new Section("term", GlossaryBinder.TERM, "/glossary/0"),
          new Section("redFlag", RedFlagBinder.FLAG, "/red_flags/0"),
          new Section("question", QuestionBinder.QUESTION, "/questions/0"),
          new Section("answer", QuestionBinder.ANSWER, "/questions/0/answers/0"),
          new Section("quizItem", QuizBinder.QUIZ, "/quiz/0"),
          new Section("notAHire", NotAHireBinder.KEYS, "/not_a_hire/0"),
          new Section("kit", KitBinder.KIT, "/kits/0"),
          new Section("competency", KitBinder.COMPETENCY, "/kits/0/competencies/0"),
          new Section("workSample", KitBinder.WORK_SAMPLE, "/kits/0/work_sample"),
          new Section("weakAnswer", KitBinder.WEAK, "/kits/0/weak_answers/0"),
          new Section("extraQuestion", KitBinder.EXTRA, "/kits/0/extra_questions/0"));

  /** Sections whose inner shapes only the loader checks: their keys are compared alone. */
  private static final List<Section> LOOSE =
      List.of(new Section("postingChecks", PostingChecksBinder.SECTION, "/posting_checks"));

  @BeforeAll
  static void read() throws Exception {
    schema = JSON.readTree(Path.of("roles.schema.json").toFile());
  }

  @Test
  void theShippedFileNamesTheSchemaAndKeepsIt() throws Exception {
    String text = Files.readString(Path.of("roles.yaml"), StandardCharsets.UTF_8);
    assertThat(text.lines().limit(3))
        .contains("# yaml-language-server: $schema=./roles.schema.json");
    assertThat(errors(YAML.readTree(text))).isEmpty();
  }

  @Test
  void theSchemaRefusesWhatTheLoaderRefuses() throws Exception {
    JsonNode doc = example();
    ((ObjectNode) doc.at("/roles/0")).put("sumary", "typo");
    ((ObjectNode) doc.at("/roles/0/signals/0")).put("weight", 0);
    ((ObjectNode) doc.at("/not_a_hire/0")).put("kind", "trade");
    assertThat(errors(doc)).hasSizeGreaterThanOrEqualTo(3);
  }

  @Test
  void everyMappingAllowsTheKeysTheBinderAllows() {
    List<Section> all = new ArrayList<>(SECTIONS);
    all.addAll(LOOSE);
    for (Section s : all) {
      assertThat(properties(s.def())).as(s.def()).isEqualTo(s.keys());
      assertThat(def(s.def()).path("additionalProperties").asBoolean(true)).as(s.def()).isFalse();
    }
  }

  /** A key is required in the schema exactly when removing it makes the loader complain. */
  @Test
  void requiredKeysAreTheOnesTheLoaderMisses() throws Exception {
    for (Section s : SECTIONS) {
      Set<String> required = new HashSet<>();
      def(s.def()).path("required").forEach(n -> required.add(n.asText()));
      for (String key : s.keys()) {
        JsonNode doc = example();
        ((ObjectNode) doc.at(s.path().isEmpty() ? "" : s.path())).remove(key);
        List<String> problems = problems(doc);
        boolean missed =
            problems.stream().anyMatch(p -> p.contains("missing required key '" + key + "'"));
        assertThat(missed)
            .as(s.def() + "." + key + " required? loader said " + problems)
            .isEqualTo(required.contains(key));
      }
    }
  }

  @Test
  void enumsAndRangesAreTheLoaders() {
    assertThat(strings(def("role").at("/properties/model_relation/enum")))
        .isEqualTo(set(Arrays.stream(ModelRelation.values()).map(ModelRelation::id)));
    assertThat(strings(def("notAHire").at("/properties/kind/enum")))
        .isEqualTo(set(Arrays.stream(NotAHireKind.values()).map(NotAHireKind::id)));
    assertThat(strings(def("quizItem").at("/properties/topic/enum")))
        .isEqualTo(QuizBinder.QUIZ_TOPICS);
    JsonNode notAHire = def("notAHire").at("/properties/situations");
    assertThat(notAHire.path("minItems").asInt()).isEqualTo(NotAHireBinder.MIN_SITUATIONS);
    assertThat(notAHire.path("maxItems").asInt()).isEqualTo(NotAHireBinder.MAX_SITUATIONS);
  }

  /** A valid document holding one entry of every section (the minimal fixture, completed). */
  private static JsonNode example() throws Exception {
    ObjectNode doc =
        (ObjectNode)
            YAML.readTree(Path.of("src/test/resources/knowledge/valid/minimal.yaml").toFile());
    ObjectNode entry =
        JSON.createObjectNode()
            .put("id", "plumber")
            .put("kind", "other-job")
            .put("name", "plumber")
            .put("advice", "Call a plumber.");
    entry.putArray("situations").add("A leak.").add("A cold boiler.").add("New pipes.");
    entry.putArray("signals").add("plumber");
    doc.putArray("not_a_hire").add(entry);
    ((ArrayNode) doc.at("/roles/0/aliases")).add("Another Name");
    ObjectNode kit = JSON.createObjectNode().put("role", "ai-engineer");
    ObjectNode competency =
        kit.putArray("competencies")
            .addObject()
            .put("name", "Shipping")
            .put("covers", "Shipping features.");
    competency.putArray("levels").add("1").add("2").add("3").add("4");
    ObjectNode sample =
        kit.putObject("work_sample").put("task", "Build it.").put("time_box", "2 hours");
    sample.putArray("good_submission").add("It runs.");
    kit.putArray("weak_answers")
        .addObject()
        .put("question", "How would you evaluate a chatbot?")
        .put("answer", "By eye.");
    kit.putArray("extra_questions")
        .addObject()
        .put("question", "Why?")
        .put("tests", "T.")
        .put("strong_answer", "S.")
        .put("weak_answer", "W.");
    doc.putArray("kits").add(kit);
    ((ObjectNode) doc.at("/roles/0")).putArray("title_notes").add("A note.");
    return doc;
  }

  private static List<String> problems(JsonNode doc) throws Exception {
    byte[] yaml = YAML.writeValueAsBytes(doc);
    try {
      KnowledgeLoader.parse("k.yaml", yaml);
      return List.of();
    } catch (KnowledgeException e) {
      return e.problems().stream().map(Problem::message).toList();
    }
  }

  private static List<String> errors(JsonNode doc) {
    Schema s =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schema);
    List<String> out = new ArrayList<>();
    for (Error e : s.validate(doc)) {
      out.add(e.toString());
    }
    return out;
  }

  private static JsonNode def(String name) {
    return name.isEmpty() ? schema : schema.at("/$defs/" + name);
  }

  private static Set<String> properties(String def) {
    Set<String> keys = new HashSet<>();
    def(def).path("properties").fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  private static Set<String> strings(JsonNode array) {
    Set<String> out = new HashSet<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static Set<String> set(Stream<String> s) {
    return s.collect(Collectors.toSet());
  }
}
