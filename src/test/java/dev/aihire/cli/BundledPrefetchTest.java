package dev.aihire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aihire.compiled.KnowledgeStore;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bundled knowledge is read ahead only when the arguments make plain it is the one used. */
class BundledPrefetchTest {
  private static Io io(Map<String, String> env) {
    PrintWriter sink = new PrintWriter(new StringWriter());
    return new Io(sink, sink, new ByteArrayInputStream(new byte[0]), env, false, false);
  }

  @Test
  void aNamedCommandOnTheBundledKnowledgeGetsItReadAhead() throws Exception {
    BundledPrefetch prefetch = BundledPrefetch.startFor(io(Map.of()), "recommend", "a chatbot");

    assertThat(prefetch).isNotNull();
    assertThat(prefetch.get().knowledge().roles())
        .extracting(r -> r.id())
        .isEqualTo(KnowledgeStore.bundled().knowledge().roles().stream().map(r -> r.id()).toList());
    assertThat(BundledPrefetch.startFor(io(Map.of()), "--format", "json", "roles")).isNotNull();
  }

  @Test
  void anotherKnowledgeFileOrNoKnowledgeAtAllIsNotReadAhead() {
    assertThat(BundledPrefetch.startFor(io(Map.of()), "--knowledge", "k.yaml", "recommend", "x"))
        .isNull();
    assertThat(BundledPrefetch.startFor(io(Map.of()), "recommend", "x", "--knowledge=k.yaml"))
        .isNull();
    assertThat(BundledPrefetch.startFor(io(Map.of("AIHIRE_KNOWLEDGE", "k.yaml")), "roles"))
        .isNull();
    assertThat(BundledPrefetch.startFor(io(Map.of()), "--help")).isNull();
    assertThat(BundledPrefetch.startFor(io(Map.of()), "help", "recommend")).isNull();
    assertThat(BundledPrefetch.startFor(io(Map.of()), "completion", "bash")).isNull();
    assertThat(BundledPrefetch.startFor(io(Map.of()), "validate", "k.yaml")).isNull();
  }

  @Test
  void aBlankKnowledgeVariableMeansTheBundledKnowledgeAsTheCommandsDo() {
    assertThat(BundledPrefetch.startFor(io(Map.of("AIHIRE_KNOWLEDGE", " ")), "roles")).isNotNull();
  }
}
