package dev.aihire.compiled;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aihire.compiled.binary.CorruptException;
import dev.aihire.engine.recommend.RecommendIndex;
import dev.aihire.engine.recommend.Recommender;
import dev.aihire.knowledge.KnowledgeException;
import dev.aihire.knowledge.KnowledgeLoader;
import dev.aihire.model.Knowledge;
import dev.aihire.model.LazyList;
import dev.aihire.model.Question;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeCodecTest {
  static final Path MINIMAL = Path.of("src/test/resources/knowledge/valid/minimal.yaml");
  static final List<String> NEEDS =
      List.of(
          "we need a support chatbot on our docs by Friday",
          "not dashboards; we don't need anyone to train models, just RAG over our wiki",
          "ﬁne-tuning Ｌｌａｍａ for our ＲＡＧ chatbot",
          "plumber",
          "data pipelines and dbt models",
          "our data scientists need someone to put their models in production with monitoring",
          // one typo forgiven in a short need (the spelling corrections travel in the index)
          "Recomendation engine",
          "we need someone for our data pipelnes",
          "a dashbaord for sales",
          // a title over another role's duties (Evidence.title, Pattern.title)
          "We are hiring a Data Scientist to build weekly dashboards",
          // a phrase that negates itself, a symptom verb, profile words without the field
          "no model yet, just an idea",
          "our numbers don't match across reports",
          "reduce support tickets for our clients");

  @Test
  void roundTripKeepsEveryPartOfTheModelAndEveryAnswer() throws Exception {
    for (Path file : List.of(Path.of("roles.yaml"), MINIMAL)) {
      Knowledge parsed = KnowledgeLoader.load(file);
      byte[] bytes = KnowledgeCodec.encode(parsed, RecommendIndex.build(parsed), "code", "key");
      StoredKnowledge stored = KnowledgeCodec.decode(bytes, "code", "key");
      Knowledge read = stored.knowledge();
      assertThat(read.roles()).isEqualTo(parsed.roles());
      assertThat(read.glossary()).isEqualTo(parsed.glossary());
      assertThat(read.redFlags()).isEqualTo(parsed.redFlags());
      assertThat(read.questions()).isEqualTo(parsed.questions());
      assertThat(read.quiz()).isEqualTo(parsed.quiz());
      assertThat(read.notAHire()).isEqualTo(parsed.notAHire());
      Recommender fresh = new Recommender(parsed);
      Recommender compiled = new Recommender(read, stored.index());
      assertThat(compiled.signalCount()).isEqualTo(fresh.signalCount());
      for (String need : NEEDS) {
        assertThat(compiled.recommend(need, 10)).as(need).isEqualTo(fresh.recommend(need, 10));
        Recommender.Analysis a = compiled.analyse(need);
        Recommender.Analysis b = fresh.analyse(need);
        assertThat(a.raw()).as(need).isEqualTo(b.raw());
        assertThat(a.signalRaw()).as(need).isEqualTo(b.signalRaw());
        assertThat(a.evidence()).as(need).isEqualTo(b.evidence());
      }
    }
  }

  @Test
  void refusesOtherCodeOtherContentAndDamagedBytes() throws Exception {
    Knowledge k = KnowledgeLoader.load(MINIMAL);
    byte[] bytes = KnowledgeCodec.encode(k, RecommendIndex.build(k), "code", "key");
    assertThatThrownBy(() -> KnowledgeCodec.decode(bytes, "other", "key"))
        .isInstanceOf(CorruptException.class);
    assertThatThrownBy(() -> KnowledgeCodec.decode(bytes, "code", "other"))
        .isInstanceOf(CorruptException.class);
    // A file of an earlier format (2: one string table, no sections) is never read.
    byte[] older = bytes.clone();
    older[7] = 2;
    assertThat(KnowledgeCodec.FORMAT).isGreaterThan(2);
    assertThatThrownBy(() -> KnowledgeCodec.decode(older, "code", "key"))
        .isInstanceOf(CorruptException.class);
    assertThat(KnowledgeCodec.codeIdOf(older)).isNull();
    for (int cut : new int[] {0, 3, 10, bytes.length / 2, bytes.length - 1}) {
      byte[] truncated = java.util.Arrays.copyOf(bytes, cut);
      assertThatThrownBy(() -> KnowledgeCodec.decode(truncated, "code", "key"))
          .isInstanceOf(CorruptException.class);
    }
  }

  @Test
  void cacheAnswersTheSecondLoadAndSurvivesCorruption(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("k.yaml");
    Files.copy(Path.of("roles.yaml"), file);
    KnowledgeStore cache = new KnowledgeStore(new KnowledgeCache(dir.resolve("cache")));
    Knowledge first = cache.file(file, false).knowledge();
    List<Path> cached;
    try (var s = Files.list(dir.resolve("cache"))) {
      cached = s.filter(p -> p.getFileName().toString().startsWith("knowledge-")).toList();
    }
    assertThat(cached).hasSize(1);
    Knowledge second = cache.file(file, false).knowledge();
    assertThat(second).isNotSameAs(first);
    assertThat(second.roles()).isEqualTo(first.roles());
    // Damage the cached copy: it is ignored, the YAML parsed again and the copy rewritten.
    byte[] bytes = Files.readAllBytes(cached.get(0));
    bytes[bytes.length / 2] ^= 0x55;
    Files.write(cached.get(0), java.util.Arrays.copyOf(bytes, bytes.length - 7));
    Knowledge third = cache.file(file, false).knowledge();
    assertThat(third.roles()).isEqualTo(first.roles());
    assertThat(new Recommender(third).recommend(NEEDS.get(0), 5))
        .isEqualTo(new Recommender(first).recommend(NEEDS.get(0), 5));
    // Changed content is a different key: the edit is seen, never a stale copy.
    Files.writeString(
        file,
        Files.readString(file).replace("id: ai-engineer\n", "id: ai-engineer\n    bogus: 1\n"));
    assertThatThrownBy(() -> cache.file(file, false).knowledge())
        .isInstanceOf(KnowledgeException.class)
        .hasMessageContaining("unknown key 'bogus'");
  }

  @Test
  void encodingIsRepeatableWhateverTheOrderOfTheModelsMaps() throws Exception {
    Knowledge k = KnowledgeLoader.load(Path.of("roles.yaml"));
    byte[] first = KnowledgeCodec.encode(k, RecommendIndex.build(k), "code", "key");
    Knowledge again = KnowledgeLoader.load(Path.of("roles.yaml"));
    assertThat(KnowledgeCodec.encode(again, RecommendIndex.build(again), "code", "key"))
        .isEqualTo(first);
    // The same points put in the other order: a map whose iteration order differs (as
    // Map.copyOf's does from one JVM to the next) must not change a byte.
    List<Question> reordered = new ArrayList<>();
    for (Question q : k.questions()) {
      List<Question.Answer> answers = new ArrayList<>();
      for (Question.Answer a : q.answers()) {
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(a.points().entrySet());
        Collections.reverse(entries);
        Map<String, Integer> points = new LinkedHashMap<>();
        entries.forEach(e -> points.put(e.getKey(), e.getValue()));
        answers.add(new Question.Answer(a.text(), points));
      }
      reordered.add(new Question(q.id(), q.text(), q.why(), answers));
    }
    Knowledge shuffled =
        new Knowledge(
            k.roles(),
            k.glossary(),
            k.redFlags(),
            reordered,
            k.quiz(),
            k.notAHire(),
            List.copyOf(k.kits().values()),
            k.postingChecks(),
            k.staffing());
    assertThat(KnowledgeCodec.encode(shuffled, RecommendIndex.build(shuffled), "code", "key"))
        .isEqualTo(first);
  }

  @Test
  void bundledCompiledFormIsTheTopLevelFile() throws Exception {
    Knowledge bundled = KnowledgeStore.bundled().knowledge();
    Knowledge top = KnowledgeLoader.load(Path.of("roles.yaml"));
    assertThat(bundled.roles()).isEqualTo(top.roles());
    assertThat(bundled.glossary()).isEqualTo(top.glossary());
    assertThat(bundled.questions()).isEqualTo(top.questions());
    assertThat(bundled.notAHire()).isEqualTo(top.notAHire()).isNotEmpty();
  }

  @Test
  void storedRecordsAreFoundByIdAndDecodedOnlyWhenRead() throws Exception {
    Knowledge parsed = KnowledgeLoader.load(Path.of("roles.yaml"));
    byte[] bytes = KnowledgeCodec.encode(parsed, RecommendIndex.build(parsed), "code", "key");
    Knowledge read = KnowledgeCodec.decode(bytes, "code", "key").knowledge();
    assertThat(read.roles()).isInstanceOf(LazyList.class);
    String id = parsed.roles().get(3).id();
    assertThat(read.role(id)).contains(parsed.roles().get(3));
    assertThat(read.role("no-such-role")).isEmpty();
    String term = parsed.glossary().get(0).id();
    assertThat(read.term(term)).contains(parsed.glossary().get(0));
  }

  @Test
  void aFlippedByteAnywhereInTheBodyIsRefusedBeforeAnythingIsRead() throws Exception {
    Knowledge k = KnowledgeLoader.load(MINIMAL);
    byte[] bytes = KnowledgeCodec.encode(k, RecommendIndex.build(k), "code", "key");
    for (int at = 20; at < bytes.length; at += 97) {
      byte[] damaged = bytes.clone();
      damaged[at] ^= 0x01;
      assertThatThrownBy(() -> KnowledgeCodec.decode(damaged, "code", "key"))
          .as("byte " + at)
          .isInstanceOf(CorruptException.class);
    }
  }
}
