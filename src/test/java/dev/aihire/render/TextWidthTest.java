package dev.aihire.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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

  /**
   * The layout keeps each line's width as words are added instead of measuring the line again; it
   * must cut exactly where measuring did, for any mix of ASCII, wide, combining and joined
   * characters and any width.
   */
  @Test
  void wrapsExactlyAsMeasuringEachLineAgainDid() {
    String[] pieces = {
      "a",
      "data",
      "pipeline",
      "数据",
      "工程师",
      "e\u0301",
      "\u200D",
      "\uD83E\uDDD1",
      "\u200D\uD83D\uDCBB",
      " ",
      " ",
      "  ",
      "\t",
      "x\u200D",
      "✅",
      "ab-cd",
    };
    Random random = new Random(11);
    for (int n = 0; n < 5_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(30); k > 0; k--) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      int width = 1 + random.nextInt(24);
      assertThat(Text.wrap(text.toString(), width))
          .as("%s in %d columns", text, width)
          .isEqualTo(measuredWrap(text.toString(), width));
    }
  }

  /** The layout as it was: each line measured again before each word. */
  private static List<String> measuredWrap(String s, int width) {
    int w = Math.max(1, width);
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    String trimmed = Text.safe(s).trim();
    for (String word : trimmed.isEmpty() ? new String[] {""} : trimmed.split(" +")) {
      while (Text.width(word) > w) {
        if (line.length() > 0) {
          lines.add(line.toString());
          line.setLength(0);
        }
        int cut = Text.cutAt(word, w);
        lines.add(word.substring(0, cut));
        word = word.substring(cut);
      }
      if (line.length() == 0) {
        line.append(word);
      } else if (Text.width(line.toString()) + 1 + Text.width(word) <= w) {
        line.append(' ').append(word);
      } else {
        lines.add(line.toString());
        line.setLength(0);
        line.append(word);
      }
    }
    if (line.length() > 0 || lines.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }
}
