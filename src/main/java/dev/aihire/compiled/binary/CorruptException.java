package dev.aihire.compiled.binary;

/** The compiled bytes are not what this code wrote: a caller falls back to the YAML. */
public final class CorruptException extends RuntimeException {
  public CorruptException(String message) {
    super(message, null, false, false);
  }
}
