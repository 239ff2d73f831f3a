package dev.aihire.render;

/**
 * Terminal styling. Colour is decided once, by the caller, from whether stdout is a terminal,
 * NO_COLOR, TERM=dumb and --color; renderers just ask for a style and get plain text when off.
 */
public final class Style {
  private final boolean color;
  private final boolean blocks;

  public Style(boolean color) {
    this(color, false);
  }

  /** {@code blocks}: the output is a UTF-8 terminal, so block characters draw as bars. */
  public Style(boolean color, boolean blocks) {
    this.color = color;
    this.blocks = blocks;
  }

  public static Style plain() {
    return new Style(false);
  }

  public boolean color() {
    return color;
  }

  public boolean blocks() {
    return blocks;
  }

  public String bold(String s) {
    return wrap("1", s);
  }

  public String dim(String s) {
    return wrap("2", s);
  }

  public String green(String s) {
    return wrap("32", s);
  }

  public String yellow(String s) {
    return wrap("33", s);
  }

  public String red(String s) {
    return wrap("31", s);
  }

  public String cyan(String s) {
    return wrap("36", s);
  }

  private String wrap(String code, String s) {
    return color ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
  }
}
