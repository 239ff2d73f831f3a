package dev.aihire.compiled;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A compiled file is trusted only by the code that made it: whatever shapes it changes its id. */
class CodeIdTest {
  @Test
  void theEmbedderAndItsTableAreOfTheCodeThatMakesACompiledFile(@TempDir Path classes)
      throws Exception {
    Path semantic = Files.createDirectories(classes.resolve("dev/aihire/semantic"));
    Files.write(semantic.resolve("Embedder.class"), new byte[] {1, 2, 3});
    Files.write(semantic.resolve("minilm-l6-static.zip"), new byte[] {4, 5, 6});
    String id = KnowledgeCompiler.codeId(classes);

    Files.write(semantic.resolve("minilm-l6-static.zip"), new byte[] {4, 5, 7});
    String newTable = KnowledgeCompiler.codeId(classes);
    Files.write(semantic.resolve("Embedder.class"), new byte[] {1, 2, 4});
    String newCode = KnowledgeCompiler.codeId(classes);

    assertThat(newTable).isNotEqualTo(id);
    assertThat(newCode).isNotEqualTo(newTable).isNotEqualTo(id);
  }

  @Test
  void theIdFileItselfAndOtherPackagesDoNotChangeIt(@TempDir Path classes) throws Exception {
    Path compiled = Files.createDirectories(classes.resolve("dev/aihire/compiled"));
    Files.write(compiled.resolve("KnowledgeCodec.class"), new byte[] {9});
    String id = KnowledgeCompiler.codeId(classes);

    Files.writeString(compiled.resolve("code-id"), id);
    Files.createDirectories(classes.resolve("dev/aihire/cli"));
    Files.write(classes.resolve("dev/aihire/cli/Cli.class"), new byte[] {1});

    assertThat(KnowledgeCompiler.codeId(classes)).isEqualTo(id);
  }
}
