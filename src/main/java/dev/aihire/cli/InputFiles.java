package dev.aihire.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Opening a file named by an option ({@code --batch}, {@code --answers}), with one wording of the
 * usage errors for every command: "--batch nope.jsonl: no such file".
 */
final class InputFiles {
  private InputFiles() {}

  /** Opens {@code path}; {@code what} names the file expected ("a JSONL file"). */
  static InputStream open(String option, String path, String what) {
    String shown = option + " " + path;
    if (path.isEmpty()) {
      throw AppException.usage(option + " is given an empty file name; give " + what);
    }
    try {
      Path p = Path.of(path);
      if (Files.isDirectory(p)) {
        throw AppException.usage(shown + " is a directory; give " + what);
      }
      return Files.newInputStream(p);
    } catch (NoSuchFileException e) {
      throw AppException.usage(shown + ": no such file");
    } catch (AccessDeniedException e) {
      throw AppException.usage(shown + ": permission denied");
    } catch (IOException | InvalidPathException e) {
      throw AppException.usage(shown + ": cannot read: " + e.getMessage());
    }
  }
}
