package dev.aihire.cli;

import static dev.aihire.CliRun.cli;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aihire.render.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The launcher's measurement of the terminal comes first, then COLUMNS, then 80. */
class TerminalWidthTest {

  @ParameterizedTest(name = "property {0}, COLUMNS {1} -> {2}")
  @CsvSource(
      nullValues = "null",
      value = {
        "120, null, 120",
        "120, 100, 120",
        "null, 100, 100",
        "null, null, 80",
        "'', 100, 100",
        "junk, 100, 100",
        "0, null, 80",
        "null, 5, 80",
        "' 132 ', null, 132"
      })
  void widthSources(String property, String columns, int expected) {
    assertThat(TerminalWidth.of(property, columns)).isEqualTo(expected);
  }

  @Test
  void aWideTerminalWithoutColumnsGetsAWideTable() {
    String old = System.getProperty(TerminalWidth.PROPERTY);
    System.setProperty(TerminalWidth.PROPERTY, "120");
    try {
      String out = cli().run("compare", "ai-engineer", "ml-engineer").out();

      int widest = out.lines().mapToInt(Text::width).max().orElse(0);
      assertThat(widest).isGreaterThan(80).isLessThanOrEqualTo(120);
    } finally {
      if (old == null) {
        System.clearProperty(TerminalWidth.PROPERTY);
      } else {
        System.setProperty(TerminalWidth.PROPERTY, old);
      }
    }
  }
}
