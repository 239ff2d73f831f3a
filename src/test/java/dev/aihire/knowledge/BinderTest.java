package dev.aihire.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The binder's hand-written control-character scan against the pattern it stands in for. */
class BinderTest {
  @Test
  void theControlScanFindsWhatThePatternFinds() {
    int found = 0;
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      String text = "a plain text " + c + " around it";
      boolean expected = Binder.CONTROL.matcher(text).find();
      assertThat(Binder.hasControl(text)).as("U+%04X", (int) c).isEqualTo(expected);
      found += expected ? 1 : 0;
    }
    // 0x00-0x1F but \n and \t, 0x7F-0x9F, and the nine bidi controls.
    assertThat(found).isEqualTo(30 + 33 + 9);
    assertThat(Binder.hasControl("")).isFalse();
    assertThat(Binder.hasControl("line one\nline\ttwo")).isFalse();
  }
}
