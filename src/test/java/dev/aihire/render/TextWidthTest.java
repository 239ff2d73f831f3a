package dev.aihire.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Columns as a terminal draws them: CJK and emoji take two, combining marks none. */
class TextWidthTest {

  @Test
  void countsWideAndZeroWidthCharactersAsATerminalDraws() {
    assertThat(Text.width("data")).isEqualTo(4);
    assertThat(Text.width("数据工程师")).isEqualTo(10);
    assertThat(Text.width("ok ✅")).isEqualTo(5);
    assertThat(Text.width("cafe\u0301")).isEqualTo(4);
    assertThat(Text.width("\uD83E\uDDD1\u200D\uD83D\uDCBB")).as("a ZWJ sequence").isEqualTo(2);
  }

  @Test
  void wrapsByColumnsNotByCharacters() {
    List<String> lines = Text.wrap("数据 工程师 负责 数据管道 和 数据仓库", 10);

    assertThat(lines).allSatisfy(l -> assertThat(Text.width(l)).isLessThanOrEqualTo(10));
    assertThat(String.join(" ", lines)).isEqualTo("数据 工程师 负责 数据管道 和 数据仓库");
  }

  @Test
  void splitsALongWideWordAtAColumnBoundary() {
    assertThat(Text.wrap("机器学习工程师", 5)).containsExactly("机器", "学习", "工程", "师");
  }

  @Test
  void fitCutsToTheWidthWithAnEllipsis() {
    assertThat(Text.fit("short", 10)).isEqualTo("short");
    assertThat(Text.fit("Builds product features on LLMs", 12)).isEqualTo("Builds…");
    assertThat(Text.fit("机器学习工程师", 6)).isEqualTo("机器…");
    assertThat(Text.width(Text.fit("机器学习工程师", 6))).isLessThanOrEqualTo(6);
  }

  @Test
  void tableColumnsStayAlignedWithChineseAndEmojiCells() {
    StringWriter s = new StringWriter();
    PrintWriter out = new PrintWriter(s);
    TableLayout t = TableLayout.fit(Style.plain(), 100, 2, 8);
    t.header(
        out,
        List.of(
            List.of(TableLayout.Line.plain("数据工程师")),
            List.of(TableLayout.Line.plain("AI 🤖 Engineer"))));
    t.row(
        out,
        "行",
        List.of(List.of(TableLayout.Line.plain("管道")), List.of(TableLayout.Line.plain("plain"))));
    out.flush();

    List<String> lines = s.toString().lines().toList();
    int bar = columnOfSecondBar(lines.get(lines.size() - 1));
    assertThat(lines)
        .filteredOn(l -> l.contains("│") || l.contains("┼"))
        .allSatisfy(l -> assertThat(columnOfSecondBar(l)).as(l).isEqualTo(bar));
  }

  /** The display column of the separator before the second cell. */
  private static int columnOfSecondBar(String line) {
    int first = Math.max(line.indexOf('│'), line.indexOf('┼'));
    int second = Math.max(line.indexOf('│', first + 1), line.indexOf('┼', first + 1));
    return Text.width(line.substring(0, second));
  }
}
