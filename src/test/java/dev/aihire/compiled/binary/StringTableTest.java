package dev.aihire.compiled.binary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

/** Strings are decoded on use, in any order, across the pages the table keeps them in. */
class StringTableTest {
  /** More strings than two pages hold, so references fall in first, middle and last pages. */
  private static final int STRINGS = 2_500;

  private static StringTable table(int[] refs) {
    CompactOut out = new CompactOut();
    for (int i = 0; i < STRINGS; i++) {
      refs[i] = out.ref(i % 7 == 0 ? "rôle " + i : "s" + i);
    }
    byte[] bytes = out.table().toByteArray();
    return StringTable.read(ByteBuffer.wrap(bytes), 0, bytes.length);
  }

  @Test
  void everyStringDecodesToItselfWhateverTheOrderOfAsking() {
    int[] refs = new int[STRINGS];
    StringTable t = table(refs);

    assertThat(t.size()).isEqualTo(STRINGS);
    for (int i = STRINGS - 1; i >= 0; i -= 3) {
      assertThat(t.get(refs[i])).isEqualTo(i % 7 == 0 ? "rôle " + i : "s" + i);
    }
    for (int i = 0; i < STRINGS; i++) {
      assertThat(t.get(refs[i])).isEqualTo(i % 7 == 0 ? "rôle " + i : "s" + i);
    }
    // decoded once: the same instance again
    assertThat(t.get(refs[1024])).isSameAs(t.get(refs[1024]));
    assertThat(t.get(0)).isNull();
  }

  @Test
  void aReferenceBeyondTheTableIsReportedAsDamage() {
    StringTable t = table(new int[STRINGS]);

    assertThatThrownBy(() -> t.get(STRINGS + 1))
        .isInstanceOf(CorruptException.class)
        .hasMessage("bad string reference " + (STRINGS + 1));
    assertThatThrownBy(() -> t.get(-1)).isInstanceOf(CorruptException.class);
  }
}
