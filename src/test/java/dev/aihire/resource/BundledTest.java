package dev.aihire.resource;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;
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

  /**
   * OwnJar reads the product's own files as ZipFile does, stored or deflated (with the data
   * descriptors ZipOutputStream writes), skips by position, and leaves alone what it cannot read.
   */
  @Test
  void theJarsOwnFilesReadByHandAreTheBytesZipFileReads() throws IOException {
    byte[] big = new byte[300_000];
    for (int i = 0; i < big.length; i++) {
      big[i] = (byte) (i * 31 + i / 977);
    }
    Path jar = dir.resolve("product.jar");
    try (OutputStream file = Files.newOutputStream(jar);
        ZipOutputStream zip = new ZipOutputStream(file)) {
      zip.setComment("a comment after the directory");
      for (int n = 0; n < 300; n++) {
        zip.putNextEntry(new ZipEntry("org/other/C" + n + ".class"));
        zip.write(("class " + n).getBytes(StandardCharsets.UTF_8));
      }
      zip.putNextEntry(new ZipEntry("dev/aihire/resource/Bundled.class"));
      zip.write(1);
      zip.putNextEntry(new ZipEntry("dev/aihire/compiled/code-id"));
      zip.write("abc123\n".getBytes(StandardCharsets.UTF_8));
      ZipEntry stored = new ZipEntry("dev/aihire/table.zip");
      stored.setMethod(ZipEntry.STORED);
      stored.setSize(big.length);
      CRC32 crc = new CRC32();
      crc.update(big);
      stored.setCrc(crc.getValue());
      zip.putNextEntry(stored);
      zip.write(big);
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("org/late/D.class"));
      zip.putNextEntry(new ZipEntry("dev/aihire/late.txt"));
      zip.write('x');
    }
    OwnJar own = OwnJar.read(jar.toString(), "dev/aihire/resource/Bundled.class");
    assertThat(own).isNotNull();
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      for (String name : List.of("dev/aihire/compiled/code-id", "dev/aihire/table.zip")) {
        try (InputStream hand = own.open(name);
            InputStream lib = zip.getInputStream(zip.getEntry(name))) {
          assertThat(hand.readAllBytes()).as(name).isEqualTo(lib.readAllBytes());
        }
      }
    }
    try (InputStream in = own.open("dev/aihire/table.zip")) {
      assertThat(in.skip(250_000)).isEqualTo(250_000);
      assertThat(in.read()).isEqualTo(big[250_000] & 0xFF);
      assertThat(in.skip(100_000)).isEqualTo(49_999);
      assertThat(in.read()).isEqualTo(-1);
    }
    assertThat(own.open("dev/aihire/no-such-file")).isNull();
    assertThat(own.open("dev/aihire/late.txt")).as("after a library's entries: ZipFile's").isNull();
    assertThat(OwnJar.covers("dev/aihire/Main.class"))
        .as("classes are the class loader's")
        .isFalse();
    assertThat(OwnJar.read(jar.toString(), "dev/aihire/Other.class"))
        .as("not the product")
        .isNull();
    Files.writeString(dir.resolve("broken.jar"), "not a zip");
    assertThat(OwnJar.read(dir.resolve("broken.jar").toString(), "x")).isNull();
    assertThat(OwnJar.read(dir.resolve("missing.jar").toString(), "x")).isNull();
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
