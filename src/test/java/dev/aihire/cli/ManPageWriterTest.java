package dev.aihire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The man pages' source: one page per command, with its examples, exit codes and more. */
class ManPageWriterTest {
  @TempDir Path dir;

  @Test
  void writesAPagePerCommandFromTheCommandModel() throws Exception {
    ManPageWriter.main(new String[] {dir.toString()});

    for (String page :
        new String[] {
          "aihire",
          "aihire-recommend",
          "aihire-compare",
          "aihire-glossary",
          "aihire-roles",
          "aihire-quiz",
          "aihire-interview",
          "aihire-validate",
          "aihire-completion",
          "aihire-help"
        }) {
      assertThat(dir.resolve(page + ".adoc")).exists();
    }
    String root = Files.readString(dir.resolve("aihire.adoc"), StandardCharsets.UTF_8);
    assertThat(root)
        .contains(
            ":doctype: manpage",
            "aihire help recommend",
            "== Environment",
            "*AIHIRE_CACHE_DIR*::",
            "*COLUMNS*::");
    String recommend =
        Files.readString(dir.resolve("aihire-recommend.adoc"), StandardCharsets.UTF_8);
    assertThat(recommend).contains("--batch", "pbpaste | aihire recommend -", "some --batch");
  }
}
