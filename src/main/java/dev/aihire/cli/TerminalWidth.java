package dev.aihire.cli;

/**
 * How wide text output may be. Interactive shells rarely export COLUMNS, so the launcher asks the
 * terminal itself ({@code stty size}) when stdout is one and passes the answer as the system
 * property {@code aihire.columns}; a JVM cannot ask without native code. Then COLUMNS, as scripts
 * and tests set it, else 80.
 */
final class TerminalWidth {
  static final String PROPERTY = "aihire.columns";
  static final int DEFAULT = 80;

  /** Narrower than this, nothing reads well; a tiny terminal gets lines it wraps itself. */
  static final int NARROWEST = 20;

  private static final int WIDEST = 1000;

  private TerminalWidth() {}

  /** The width from the launcher's property or COLUMNS (either may be null or junk). */
  static int of(String property, String columnsVariable) {
    for (String source : new String[] {property, columnsVariable}) {
      Integer w = parse(source);
      if (w != null) {
        return w;
      }
    }
    return DEFAULT;
  }

  private static Integer parse(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      int w = Integer.parseInt(s.trim());
      return w >= NARROWEST && w <= WIDEST ? w : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
