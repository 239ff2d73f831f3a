package dev.aihire.cli;

import static dev.aihire.CliRun.cli;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aihire.CliRun;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --version}: version, commit and build date, all decided when the jar was built. */
class VersionTest {
  @TempDir Path dir;

  @Test
  void printsTheVersionTheCommitAndTheBuildDate() {
    CliRun.Result r = cli().run("--version");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .startsWith("aihire 0.")
        .containsPattern("\n(commit [0-9a-f]{7,}|unknown commit).*, built \\d{4}-\\d\\d-\\d\\d\n");
  }

  @Test
  void aBuildWithoutGitSaysUnknownCommitAndTakesTheFallbackDate() throws Exception {
    Path source = Files.createDirectories(dir.resolve("aihire-0.1.0")); // an unpacked tarball
    Path classes = Files.createDirectories(dir.resolve("classes"));

    BuildVersion.main(
        new String[] {"0.1.0", source.toString(), classes.toString(), "2026-01-01T00:00:00Z"});

    assertThat(
            Files.readString(classes.resolve(BuildVersion.RESOURCE), StandardCharsets.ISO_8859_1))
        .isEqualTo("version=0.1.0\ncommit=unknown commit\ndate=2026-01-01\n");
  }
}
