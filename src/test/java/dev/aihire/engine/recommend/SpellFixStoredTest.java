package dev.aihire.engine.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aihire.knowledge.KnowledgeLoader;
import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The spelling corrector read back from compiled knowledge (sorted words and the deletion table,
 * answered from in place) corrects exactly as the one built from the knowledge (its deletion map).
 */
class SpellFixStoredTest {
  @Test
  void theStoredTableCorrectsEveryTypoAsTheBuiltMapDoes() throws Exception {
    SpellFix built = RecommendIndex.build(KnowledgeLoader.loadBundledYaml()).signals.spelling();
    SpellFix stored =
        SpellFix.of(
            built.signalWords(),
            built.consultedVocabulary(),
            IntBuffer.wrap(built.deletionTable()));
    List<String> probes = new ArrayList<>();
    List<String> known = new ArrayList<>(built.signalWords());
    known.addAll(built.consultedVocabulary());
    for (String w : known) {
      probes.add(w);
      for (int i = 0; i < w.length(); i++) {
        probes.add(w.substring(0, i) + w.substring(i + 1)); // a letter missing
        probes.add(w.substring(0, i) + "e" + w.substring(i)); // a letter too many
        probes.add(w.substring(0, i) + "x" + w.substring(i + 1)); // a letter changed
        if (i + 1 < w.length()) { // two swapped
          probes.add(w.substring(0, i) + w.charAt(i + 1) + w.charAt(i) + w.substring(i + 2));
        }
      }
    }
    probes.addAll(List.of("zzzzqqqqxxxx", "recomendation", "dashbaord", "pipelinne"));
    int corrected = 0;
    for (String p : probes) {
      String expected = built.correct(p);
      assertThat(stored.correct(p)).as(p).isEqualTo(expected);
      corrected += expected == null ? 0 : 1;
    }
    assertThat(corrected).as("probes corrected").isGreaterThan(1_000);
    assertThat(stored.deletionTable()).isEqualTo(built.deletionTable());
  }

  /** A hash two variants share by chance: the word found under it is checked, not trusted. */
  @Test
  void aWordFoundUnderAnotherVariantsHashIsNotTakenForItsSource() {
    SpellFix built = new SpellFix();
    built.add("dashboards");
    built.add("pipelines");
    int[] table = built.deletionTable();
    int dashboards = built.signalWords().indexOf("dashboards");
    int[] forged = Arrays.copyOf(table, table.length + 2);
    forged[table.length] = "pipelnes".hashCode(); // "dashboards" filed under it as well
    forged[table.length + 1] = dashboards;
    long[] pairs = new long[forged.length / 2];
    for (int k = 0; k < pairs.length; k++) {
      pairs[k] = ((long) forged[2 * k] << 32) | (forged[2 * k + 1] & 0xffffffffL);
    }
    Arrays.sort(pairs);
    for (int k = 0; k < pairs.length; k++) {
      forged[2 * k] = (int) (pairs[k] >> 32);
      forged[2 * k + 1] = (int) pairs[k];
    }
    SpellFix stored =
        SpellFix.of(built.signalWords(), built.consultedVocabulary(), IntBuffer.wrap(forged));
    assertThat(stored.correct("pipelnes")).isEqualTo("pipelines");
    assertThat(built.correct("pipelnes")).isEqualTo("pipelines");
  }
}
