package dev.aihire.cli;

/** The exit codes of CONTRACT.md; the one place they are defined. */
public final class ExitCode {
  public static final int OK = 0;

  /** The answer is "no": a check found problems, a quiz ended below --pass. */
  public static final int NO = 1;

  /** Unknown option or subcommand, unknown role or term, empty input. */
  public static final int USAGE = 2;

  public static final int BAD_KNOWLEDGE = 3;
  public static final int BAD_BATCH_LINES = 4;
  public static final int INTERNAL = 70;

  /** The output could not be written: a full disk, a closed stream. */
  public static final int CANNOT_WRITE = 74;

  /** Left an interview with Ctrl-C (128 + SIGINT, as shells report an interrupted program). */
  public static final int INTERRUPTED = 130;

  private ExitCode() {}
}
