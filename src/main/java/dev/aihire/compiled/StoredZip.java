package dev.aihire.compiled;

import dev.aihire.compiled.binary.CorruptException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The bundled compiled knowledge as the jar holds it: a zip of one STORED entry. The build's jar
 * and shade steps deflate every resource but one in zip format, which they keep as it is; a stored
 * entry is then a plain copy to read, where inflating the 450 KB was ~4 ms of every start (a JVM's
 * first run of the inflater's Java side).
 */
final class StoredZip {
  /** The one entry's name. */
  static final String ENTRY = "roles.bin";

  /** A fixed time, so that two builds write the same bytes (no time zone: DOS time is local). */
  private static final LocalDateTime TIME = LocalDateTime.of(2026, 1, 1, 0, 0);

  private StoredZip() {}

  static byte[] wrap(byte[] body) throws IOException {
    ZipEntry entry = new ZipEntry(ENTRY);
    entry.setMethod(ZipEntry.STORED);
    entry.setSize(body.length);
    entry.setCompressedSize(body.length);
    CRC32 crc = new CRC32();
    crc.update(body);
    entry.setCrc(crc.getValue());
    entry.setTimeLocal(TIME);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(body.length + 256);
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(entry);
      zip.write(body);
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }

  /**
   * The body of a zip that {@link #wrap} wrote (the zip's CRC-32 checked on the way), or a {@link
   * CorruptException} for anything else.
   */
  static byte[] unwrap(InputStream in) throws IOException {
    ZipInputStream zip = new ZipInputStream(in);
    ZipEntry entry = zip.getNextEntry();
    if (entry == null || !entry.getName().equals(ENTRY) || entry.getMethod() != ZipEntry.STORED) {
      throw new CorruptException("not the bundled compiled knowledge");
    }
    byte[] body = zip.readAllBytes();
    if (body.length != entry.getSize()) {
      throw new CorruptException("the bundled compiled knowledge is cut short");
    }
    return body;
  }
}
