package dev.aihire.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonTest {
  record Row(String name, String absent, Optional<String> given, Optional<String> none) {}

  @Test
  void nullIsLeftOutButAnEmptyOptionalIsAnExplicitNull() {
    StringWriter out = new StringWriter();
    Json.writeLine(out, new Row("x", null, Optional.of("a"), Optional.empty()));
    assertThat(out.toString()).isEqualTo("{\"name\":\"x\",\"given\":\"a\",\"none\":null}\n");
  }
}
