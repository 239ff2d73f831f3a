package dev.aihire.resource;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundledTest {
  @TempDir Path dir;

  @Test
  void aOneJarClassPathOfTheProductIsReadAsAZip() throws IOException {
    Path jar = jar("product.jar", "dev/aihire/resource/Bundled.class", "dev/aihire/roles.bin");
    try (ZipFile zip = Bundled.ofClassPath(jar.toString())) {
      assertThat(zip).isNotNull();
      assertThat(zip.getEntry("dev/aihire/roles.bin")).isNotNull();
    }
  }

  @Test
  void anyOtherClassPathGoesThroughTheClassLoader() throws IOException {
    Path launcher = jar("plexus-classworlds.jar", "org/codehaus/Launcher.class");
    Path product = jar("product.jar", "dev/aihire/resource/Bundled.class");
    assertThat(Bundled.ofClassPath(launcher.toString())).as("a build tool's launcher").isNull();
    assertThat(Bundled.ofClassPath(product + File.pathSeparator + launcher)).isNull();
    assertThat(Bundled.ofClassPath(dir.toString())).as("a class directory").isNull();
    assertThat(Bundled.ofClassPath("")).isNull();
    assertThat(Bundled.ofClassPath(dir.resolve("missing.jar").toString())).isNull();
    Files.writeString(dir.resolve("broken.jar"), "not a zip");
    assertThat(Bundled.ofClassPath(dir.resolve("broken.jar").toString())).isNull();
  }

  @Test
  void inTestsTheFilesComeFromTheClassLoader() throws IOException {
    try (InputStream in = Bundled.open("dev/aihire/compiled/code-id")) {
      assertThat(in.readAllBytes()).isNotEmpty();
    }
    assertThat(Bundled.open("dev/aihire/no-such-file")).isNull();
  }

  private Path jar(String name, String... entries) throws IOException {
    Path jar = dir.resolve(name);
    try (OutputStream file = Files.newOutputStream(jar);
        ZipOutputStream zip = new ZipOutputStream(file)) {
      for (String entry : entries) {
        zip.putNextEntry(new ZipEntry(entry));
        zip.write(entry.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return jar;
  }
}
