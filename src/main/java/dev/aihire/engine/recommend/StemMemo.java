package dev.aihire.engine.recommend;

import dev.aihire.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The stems of each text, worked out once while one index is built: the phrase index and the
 * profile index read the same prose of every role (and a signal is stemmed for its own key and for
 * its pattern), which was most of their time on a large knowledge file. One thread's, and dropped
 * with the build.
 */
final class StemMemo {
  private final Map<String, List<String>> stems = new HashMap<>();

  /** {@link Normalizer#stems} of {@code text}, as an unmodifiable list. */
  List<String> of(String text) {
    List<String> known = stems.get(text);
    if (known == null) {
      known = List.copyOf(Normalizer.stems(text));
      stems.put(text, known);
    }
    return known;
  }
}
