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

  /**
   * Each distinct stem once: a large knowledge file says two million stems of a third of a million
   * words, and the indexes keep them. One string each is less to collect, and a look-up of an equal
   * string in the indexes' maps (and the compiled file's string table) ends at the first identity.
   */
  private final Map<String, String> canonical = new HashMap<>();

  /** {@link Normalizer#stems} of {@code text}, as an unmodifiable list. */
  List<String> of(String text) {
    List<String> known = stems.get(text);
    if (known == null) {
      List<String> fresh = Normalizer.stems(text);
      String[] same = new String[fresh.size()];
      for (int i = 0; i < same.length; i++) {
        String stem = fresh.get(i);
        String earlier = canonical.putIfAbsent(stem, stem);
        same[i] = earlier == null ? stem : earlier;
      }
      known = List.of(same);
      stems.put(text, known);
    }
    return known;
  }
}
