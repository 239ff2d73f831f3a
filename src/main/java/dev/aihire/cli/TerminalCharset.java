package dev.aihire.cli;

import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Whether the terminal shows UTF-8: the locale variables in POSIX order of precedence (the first
 * one set wins). aihire always writes UTF-8; this only decides whether block characters are worth
 * drawing or a plain '#' reads better.
 */
final class TerminalCharset {
  private TerminalCharset() {}

  static boolean isUtf8(UnaryOperator<String> env) {
    for (String name : new String[] {"LC_ALL", "LC_CTYPE", "LANG"}) {
      String value = env.apply(name);
      if (value != null && !value.isEmpty()) {
        String v = value.toLowerCase(Locale.ROOT);
        return v.contains("utf-8") || v.contains("utf8");
      }
    }
    return false;
  }
}
