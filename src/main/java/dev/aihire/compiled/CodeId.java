package dev.aihire.compiled;

import dev.aihire.resource.Bundled;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** The id of the code that validates and compiles knowledge, as written by the build. */
public final class CodeId {
  static final String RESOURCE = "/dev/aihire/compiled/code-id";

  private static String cached;
  private static boolean read;

  private CodeId() {}

  /** The id, or null when this is not a built copy (then nothing compiled is trusted). */
  public static synchronized String get() {
    if (!read) {
      read = true;
      try (InputStream in = Bundled.open(RESOURCE.substring(1))) {
        if (in != null) {
          String id = new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
          cached = id.isEmpty() ? null : id;
        }
      } catch (IOException e) {
        cached = null;
      }
    }
    return cached;
  }
}
