package dev.aihire.compiled;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aihire.compiled.binary.CorruptException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class StoredZipTest {
  private static final byte[] BODY = "compiled knowledge".getBytes(StandardCharsets.US_ASCII);

  @Test
  void aBodyWrappedIsOneStoredEntryAndUnwrapsToItself() throws IOException {
    byte[] zip = StoredZip.wrap(BODY);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      ZipEntry entry = in.getNextEntry();
      assertThat(entry.getName()).isEqualTo("roles.bin");
      assertThat(entry.getMethod()).isEqualTo(ZipEntry.STORED);
      in.readAllBytes();
      assertThat(in.getNextEntry()).isNull();
    }
    assertThat(StoredZip.unwrap(new ByteArrayInputStream(zip))).isEqualTo(BODY);
  }

  @Test
  void theSameBodyGivesTheSameBytesInAnyTimeZone() throws IOException {
    TimeZone before = TimeZone.getDefault();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      byte[] east = StoredZip.wrap(BODY);
      TimeZone.setDefault(TimeZone.getTimeZone("America/Adak"));
      assertThat(StoredZip.wrap(BODY)).isEqualTo(east);
    } finally {
      TimeZone.setDefault(before);
    }
  }

  @Test
  void anythingElseIsRefused() throws IOException {
    assertThatThrownBy(() -> StoredZip.unwrap(new ByteArrayInputStream(BODY)))
        .isInstanceOf(CorruptException.class);
    ByteArrayOutputStream deflated = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(deflated)) {
      zip.putNextEntry(new ZipEntry("roles.bin"));
      zip.write(BODY);
    }
    assertThatThrownBy(() -> StoredZip.unwrap(new ByteArrayInputStream(deflated.toByteArray())))
        .isInstanceOf(CorruptException.class);
    byte[] damaged = StoredZip.wrap(BODY);
    damaged[40] ^= 1; // a byte of the body: the zip's CRC-32 no longer matches
    assertThatThrownBy(() -> StoredZip.unwrap(new ByteArrayInputStream(damaged)))
        .isInstanceOf(ZipException.class);
    byte[] zip = StoredZip.wrap(BODY);
    byte[] cut = Arrays.copyOf(zip, 40);
    assertThatThrownBy(() -> StoredZip.unwrap(new ByteArrayInputStream(cut)))
        .isInstanceOf(IOException.class);
  }
}
