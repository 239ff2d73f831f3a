package dev.aihire.cli;

import java.util.List;

/**
 * An expected failure with a message for the user and the exit code it maps to. The message is
 * printed as is (one line each), never with a stack trace.
 */
public class AppException extends RuntimeException {
  private final int exitCode;
  private final List<String> lines;

  public AppException(int exitCode, String message) {
    this(exitCode, List.of(message));
  }

  public AppException(int exitCode, List<String> lines) {
    super(lines.isEmpty() ? "" : lines.get(0), null, false, false);
    this.exitCode = exitCode;
    this.lines = List.copyOf(lines);
  }

  public static AppException usage(String message) {
    return new AppException(ExitCode.USAGE, message);
  }

  public int exitCode() {
    return exitCode;
  }

  public List<String> lines() {
    return lines;
  }
}
