package dev.aihire.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DecimalTest {
  @Test
  void twoPlacesIsWhatPercentPointTwoFWrites() {
    Random random = new Random(11);
    for (int i = 0; i < 100_000; i++) {
      double v = i < 1000 ? i / 1000.0 + 0.0005 : random.nextDouble() * 20;
      assertThat(Decimal.twoPlaces(v)).as("%s", v).isEqualTo(String.format(Locale.ROOT, "%.2f", v));
    }
    assertThat(Decimal.twoPlaces(0.145)).isEqualTo("0.15");
    assertThat(Decimal.twoPlaces(1)).isEqualTo("1.00");
  }

  @Test
  void padRightIsPercentMinusNs() {
    assertThat(Decimal.padRight("ai-engineer", 22))
        .isEqualTo(String.format("%-22s", "ai-engineer"));
    assertThat(Decimal.padRight("a-role-id-longer-than-twenty-two", 22))
        .isEqualTo("a-role-id-longer-than-twenty-two");
  }
}
