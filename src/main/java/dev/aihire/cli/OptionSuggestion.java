package dev.aihire.cli;

import dev.aihire.text.Fuzzy;
import java.util.Collection;

/**
 * "Did you mean" for an option picocli finds nothing close to: {@code --tpo} is two letters swapped
 * from {@code --top}, which picocli's similarity measure misses on short names.
 */
final class OptionSuggestion {
  private OptionSuggestion() {}

  /** The option name within two edits of what was typed (before any '='), or null. */
  static String closest(String typed, Collection<String> names) {
    int eq = typed.indexOf('=');
    String name = eq > 0 ? typed.substring(0, eq) : typed;
    String best = null;
    int bestDistance = 3;
    for (String n : names) {
      int d = Fuzzy.distance(name, n);
      if (d < bestDistance && n.startsWith("--") == name.startsWith("--")) {
        best = n;
        bestDistance = d;
      }
    }
    return best;
  }
}
