package dev.aihire.render;

/**
 * A small bar for a score or a probability in [0, 1], for people who would rather look than read:
 * eighth blocks on a UTF-8 terminal, {@code #} elsewhere (a pipe, a log, an old console), where
 * block characters could arrive as mojibake. JSON never has one.
 */
public final class Bar {
  /** Ten columns: a tenth a column in '#', an eightieth with eighth blocks. */
  static final int CELLS = 10;

  private static final String EIGHTHS = " ▏▎▍▌▋▊▉";

  private Bar() {}

  /** The bar for {@code fraction}, in block characters when the style allows them. */
  public static String of(double fraction, Style style) {
    double f = Double.isNaN(fraction) ? 0 : Math.max(0, Math.min(1, fraction));
    if (!style.blocks()) {
      long n = Math.round(f * CELLS);
      return "#".repeat((int) (n == 0 && f > 0 ? 1 : n));
    }
    long eighths = Math.round(f * CELLS * 8);
    if (eighths == 0 && f > 0) {
      eighths = 1; // something is not nothing
    }
    String bar = "█".repeat((int) (eighths / 8));
    return eighths % 8 == 0 ? bar : bar + EIGHTHS.charAt((int) (eighths % 8));
  }
}
