package dev.aihire.render;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers as text without {@code String.format}: the first format of a JVM loads the Formatter and
 * the locale's number symbols, a few milliseconds of a one-line answer that prints two scores.
 * Rounds as {@code %.2f} does (half up, from the shortest decimal form of the double).
 */
final class Decimal {
  private Decimal() {}

  /** {@code value} with two decimals: 0.5 as "0.50", 0.145 as "0.15". */
  static String twoPlaces(double value) {
    return new BigDecimal(Double.toString(value)).setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  /** {@code text} padded with spaces on the right to {@code width} characters ({@code %-Ns}). */
  static String padRight(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }
}
