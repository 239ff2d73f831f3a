package dev.aihire.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A one-line {@code recommend} read without picocli: {@code aihire [--format F] recommend "NEED"}
 * and the few options scripts put around it (--knowledge FILE among them). Building picocli's model
 * and parsing with it is the largest single part of a one-line answer (a JVM's first run of a big
 * library), and this is the command line that scripts run thousands of times.
 *
 * <p>It reads only what it cannot get wrong, and gives up on anything else, which picocli then
 * parses as always: an option it does not know, an option given twice, a value picocli would read
 * differently ({@code --top 010}, {@code --knowledge -}), a word that starts with '-' (stdin,
 * {@code --}, help) or '@' (picocli's argument files). {@code QuickLineTest} holds it to give the
 * same values as picocli for every line it accepts.
 */
record QuickLine(Globals globals, Args args) {
  /** The command this reads; its options and defaults are {@link RecommendCommand}'s. */
  static final String COMMAND = "recommend";

  /** The line as values, or null when picocli must read it. */
  static QuickLine read(String... line) {
    Path knowledge = null;
    Format format = Format.text;
    ColorMode color = ColorMode.auto;
    boolean debug = false;
    Integer top = null;
    boolean commandSeen = false;
    List<String> words = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    for (int i = 0; i < line.length; i++) {
      String arg = line[i];
      if (!arg.startsWith("-")) {
        if (arg.startsWith("@")) {
          return null;
        } else if (commandSeen) {
          words.add(arg);
        } else if (arg.equals(COMMAND)) {
          commandSeen = true;
        } else {
          return null; // another command, or a typo picocli suggests a fix for
        }
        continue;
      }
      int eq = arg.indexOf('=');
      String name = eq < 0 ? arg : arg.substring(0, eq);
      if (seen.contains(name)) {
        return null; // picocli refuses a repeated option, or keeps the later of two levels
      }
      seen.add(name);
      if (name.equals("--debug")) {
        if (eq >= 0) {
          return null;
        }
        debug = true;
        continue;
      }
      String value;
      if (eq >= 0) {
        value = arg.substring(eq + 1);
      } else if (i + 1 < line.length) {
        value = line[++i];
      } else {
        return null;
      }
      switch (name) {
        case "--format" -> format = constant(Format.values(), value);
        case "--color" -> color = constant(ColorMode.values(), value);
        case "--top" -> top = commandSeen ? number(value) : null;
        case "--knowledge" -> knowledge = path(value);
        default -> {
          return null;
        }
      }
      if (format == null
          || color == null
          || (name.equals("--top") && top == null)
          || (name.equals("--knowledge") && knowledge == null)) {
        return null;
      }
    }
    if (!commandSeen) {
      return null;
    }
    Map<String, Object> options = new HashMap<>();
    options.put("--top", top == null ? RecommendCommand.DEFAULT_TOP : top);
    options.put("--batch", null);
    return new QuickLine(new Globals(knowledge, format, color, debug), Args.plain(options, words));
  }

  /** The constant named by {@code value}, in any case, as picocli reads enums here; else null. */
  private static <E extends Enum<E>> E constant(E[] constants, String value) {
    for (E e : constants) {
      if (e.name().equalsIgnoreCase(value)) {
        return e;
      }
    }
    return null;
  }

  /**
   * A file name as picocli reads a Path; null for one picocli might read otherwise: '-' (stdin), an
   * empty name, one the file system refuses, and a bare lowercase word, which picocli refuses as an
   * option's value when a command has that name ({@code --knowledge recommend}).
   */
  private static Path path(String value) {
    if (value.isEmpty() || value.startsWith("-") || lowercaseWord(value)) {
      return null;
    }
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      return null;
    }
  }

  private static boolean lowercaseWord(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (!Character.isLowerCase(value.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Plain digits, read as picocli reads an int; else null (a sign, a leading zero, too long). */
  private static Integer number(String value) {
    if (value.isEmpty() || value.length() > 9 || (value.length() > 1 && value.charAt(0) == '0')) {
      return null;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return null;
      }
    }
    return Integer.valueOf(value);
  }
}
