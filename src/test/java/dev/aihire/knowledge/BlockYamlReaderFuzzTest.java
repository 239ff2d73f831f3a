package dev.aihire.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Any text: the block reader declines, or it builds exactly the tree the full parser builds (same
 * keys, positions, scalar types and texts) from text the full parser reads without a problem. A
 * wrong tree here would be a knowledge file read differently from what its author wrote. Runs on
 * the seeds in BlockYamlReaderFuzzTestInputs in every build; {@code JAZZER_FUZZ=1} fuzzes.
 */
class BlockYamlReaderFuzzTest {
  @FuzzTest(maxDuration = "5m")
  void readsAsTheFullParserDoesOrDeclines(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    Node plain = BlockYamlReader.read(text);
    if (plain == null) {
      return;
    }
    List<Problem> problems = new ArrayList<>();
    Node full = new YamlReader("fuzz.yaml", problems).parse(text);
    assertThat(problems).as(text).isEmpty();
    assertThat(BlockYamlReaderTest.dump(plain)).as(text).isEqualTo(BlockYamlReaderTest.dump(full));
  }
}
