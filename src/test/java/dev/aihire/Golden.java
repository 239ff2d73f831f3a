package dev.aihire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: rendered output compared exactly with a file under src/test/resources/golden. After
 * an intended change (a new layout, edited knowledge), regenerate them with {@code mvn -q -B verify
 * -Dgolden.update=true} and review the diff before committing.
 */
public final class Golden {
  private static final Path DIR = Path.of("src", "test", "resources", "golden");

  private Golden() {}

  public static void assertMatches(String name, String actual) {
    Path file = DIR.resolve(name);
    try {
      if (Boolean.getBoolean("golden.update")) {
        Files.createDirectories(DIR);
        Files.writeString(file, actual, StandardCharsets.UTF_8);
        return;
      }
      assertThat(file)
          .as("golden file %s is missing; create it with -Dgolden.update=true", file)
          .exists();
      String expected = Files.readString(file, StandardCharsets.UTF_8);
      assertThat(actual)
          .as(
              "output differs from %s; if the change is intended, regenerate with"
                  + " -Dgolden.update=true and review the diff",
              file)
          .isEqualTo(expected);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
