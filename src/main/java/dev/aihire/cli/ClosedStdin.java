package dev.aihire.cli;

import java.io.File;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Standard input when the process was started without one ({@code aihire recommend - <&-}). The
 * JVM's first open() then gets fd 0 (its own lib/modules, a jar, the class-data archive), so
 * reading it would answer from the JDK's files: fd 0 is taken as closed when it names a file the
 * JVM opened for itself. Reads as empty; commands that need stdin refuse it with exit 2.
 */
public final class ClosedStdin extends InputStream {
  @Override
  public int read() {
    return -1;
  }

  /** Whether fd 0 is something this process was given, judged on Linux by /proc/self/fd/0. */
  public static boolean given(String javaHome, String classPath) {
    String target;
    try {
      target = Files.readSymbolicLink(Path.of("/proc/self/fd/0")).toString();
    } catch (Exception e) {
      return true; // not Linux, or no /proc: trust the stream
    }
    if (target.startsWith(javaHome + "/") || target.endsWith(".jsa")) {
      return false;
    }
    for (String entry : classPath.split(File.pathSeparator)) {
      if (!entry.isEmpty() && target.equals(Path.of(entry).toAbsolutePath().toString())) {
        return false;
      }
    }
    return true;
  }
}
