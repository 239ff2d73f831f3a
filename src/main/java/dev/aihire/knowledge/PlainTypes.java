package dev.aihire.knowledge;

/**
 * What a plain scalar without spaces is, as far as {@link BlockYamlReader} may decide it: a word
 * starting with a letter is a string, {@code true} and {@code false} are booleans, and plain
 * decimal integers and decimals are numbers, and digits followed by letters no number has
 * ("3d-modeller") a string. Anything YAML 1.1 might read otherwise ("yes", "on", "null", "~",
 * "0x1F", "1_000", "12:30", ".inf") makes the reader decline, so the full parser decides it.
 */
final class PlainTypes {
  private static final String[] SPECIAL = {
    "y", "n", "yes", "no", "on", "off", "null", "true", "false"
  };

  private PlainTypes() {}

  static Node.ScalarType of(String text) {
    char c = text.charAt(0);
    if (Character.isLetter(c)) {
      if (text.equals("true") || text.equals("false")) {
        return Node.ScalarType.BOOLEAN;
      }
      if (special(text)) {
        throw YamlLine.Decline.NOW;
      }
      return Node.ScalarType.STRING;
    }
    if (Character.isDigit(c) && !numberLike(text)) {
      return Node.ScalarType.STRING; // "3d-modeller", "1st": letters no number form has
    }
    int i = c == '-' ? 1 : 0;
    int digits = digits(text, i);
    if (digits == 0 || digits > 18 || (digits > 1 && text.charAt(i) == '0')) {
      throw YamlLine.Decline.NOW;
    }
    i += digits;
    if (i == text.length()) {
      return Node.ScalarType.INTEGER;
    }
    if (text.charAt(i) == '.') {
      int fraction = digits(text, i + 1);
      if (fraction > 0 && i + 1 + fraction == text.length()) {
        return Node.ScalarType.DECIMAL;
      }
    }
    throw YamlLine.Decline.NOW;
  }

  /** Whether {@code s} is a word YAML 1.1 reads as a boolean or null, in any case. */
  private static boolean special(String s) {
    if (s.length() > 5) {
      return false;
    }
    for (String word : SPECIAL) {
      if (word.equalsIgnoreCase(s)) {
        return true;
      }
    }
    return false;
  }

  /** Whether every char could belong to some YAML 1.1 number (hex, octal, binary, float, 1:30). */
  private static boolean numberLike(String text) {
    for (int i = 0; i < text.length(); i++) {
      if ("0123456789abcdefABCDEFxXoObB_.:+-".indexOf(text.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  private static int digits(String s, int from) {
    int i = from;
    while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    return i - from;
  }
}
