package dev.aihire.knowledge;

/** One thing wrong with a knowledge file, with where it is. Line and column are 1-based. */
public record Problem(String file, int line, int column, String message) {
  @Override
  public String toString() {
    return file + ":" + line + ":" + column + ": " + message;
  }
}
