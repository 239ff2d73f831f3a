package dev.aihire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aihire.CliRun;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

/**
 * The one-line recommend read without picocli ({@link QuickLine}) must mean what picocli reads from
 * the same line, and give up on whatever it cannot read as surely.
 */
class QuickLineTest {
  private static final String[] PIECES = {
    "--knowledge=k.yaml",
    "--knowledge=",
    "--knowledge=-",
    "dir/k.yaml",
    "recommend",
    "recommend",
    "a chatbot on our docs",
    "plumber",
    "",
    "x=y",
    "--format",
    "json",
    "JSON",
    "Text",
    "markdown",
    "yaml",
    "--format=json",
    "--format=",
    "--color",
    "never",
    "--color=ALWAYS",
    "auto",
    "--debug",
    "--debug=true",
    "--top",
    "5",
    "--top=7",
    "0",
    "010",
    "+3",
    "-3",
    "1234567890",
    "-",
    "--",
    "@needs.txt",
    "--knowledge",
    "roles.yaml",
    "-h",
    "--help",
    "--batch",
    "roles",
    "help",
    "--version",
    "-V",
    "--tops"
  };

  @Test
  void theCommonLinesAreRead() {
    assertThat(QuickLine.read("recommend", "we need a chatbot")).isNotNull();
    assertThat(QuickLine.read("recommend", "we", "need", "a", "chatbot")).isNotNull();
    assertThat(QuickLine.read("--format", "json", "recommend", "a chatbot")).isNotNull();
    assertThat(QuickLine.read("recommend", "--top", "5", "a chatbot", "--format=json")).isNotNull();
    assertThat(QuickLine.read("--color", "never", "--debug", "recommend", "x")).isNotNull();
    assertThat(QuickLine.read("--knowledge", "k.yaml", "recommend", "x").globals().knowledge())
        .isEqualTo(Path.of("k.yaml"));
    QuickLine line = QuickLine.read("--format=JSON", "recommend", "a", "--top=7", "chatbot");
    assertThat(line.globals()).isEqualTo(new Globals(null, Format.json, ColorMode.auto, false));
    assertThat(line.args().words()).containsExactly("a", "chatbot");
    assertThat((Integer) line.args().option("--top")).isEqualTo(7);
    assertThat((String) line.args().option("--batch")).isNull();
  }

  @Test
  void whatItCannotReadAsSurelyIsLeftToPicocli() {
    String[][] lines = {
      {},
      {"recommend", "-"},
      {"recommend", "--", "x"},
      {"recommend", "@needs.txt"},
      {"recommend", "--help"},
      {"recommend", "--batch", "needs.jsonl"},
      {"--knowledge", "-", "recommend", "x"},
      {"--knowledge=", "recommend", "x"},
      {"--knowledge", "a\u0000b", "recommend", "x"},
      {"recommend", "--top", "010", "x"},
      {"recommend", "--top", "+3", "x"},
      {"recommend", "--top", "x"},
      {"--top", "3", "recommend", "x"},
      {"--format", "json", "recommend", "--format", "text", "x"},
      {"--format", "yaml", "recommend", "x"},
      {"--format"},
      {"recomend", "x"},
      {"roles", "recommend"},
      {"x", "recommend"},
      {"--version"}
    };
    for (String[] line : lines) {
      assertThat(QuickLine.read(line)).as(String.join(" ", line)).isNull();
    }
  }

  /**
   * Random lines from the pieces above, most with the command among them: every one it reads,
   * picocli reads the same.
   */
  @Test
  void everyLineItReadsPicocliReadsTheSame() {
    Random random = new Random(14);
    int read = 0;
    for (int n = 0; n < 20_000; n++) {
      List<String> pieces = new ArrayList<>();
      for (int i = random.nextInt(3); i > 0; i--) {
        pieces.add(PIECES[random.nextInt(PIECES.length)]);
      }
      if (random.nextInt(5) > 0) {
        pieces.add("recommend");
      }
      for (int i = random.nextInt(5); i > 0; i--) {
        pieces.add(PIECES[random.nextInt(PIECES.length)]);
      }
      String[] line = pieces.toArray(new String[0]);
      QuickLine quick = QuickLine.read(line);
      if (quick == null) {
        continue;
      }
      read++;
      String shown = String.join(" | ", line);
      CommandLine cmd = Cli.commandLine(line);
      cmd.setCaseInsensitiveEnumValuesAllowed(true);
      ParseResult parsed = cmd.parseArgs(line); // throws if picocli refuses what quick read
      ParseResult leaf = parsed.subcommand();
      assertThat(leaf).as(shown).isNotNull();
      assertThat(leaf.commandSpec().name()).as(shown).isEqualTo("recommend");
      assertThat(quick.globals()).as(shown).isEqualTo(Globals.from(parsed));
      Args picocli = Args.parsed(leaf.commandSpec());
      assertThat(quick.args().words()).as(shown).isEqualTo(picocli.words());
      for (String option : List.of("--top", "--batch")) {
        assertThat((Object) quick.args().option(option))
            .as(shown + " " + option)
            .isEqualTo(picocli.option(option));
      }
    }
    assertThat(read).as("lines read without picocli").isGreaterThan(2_000);
  }

  /** Whole runs: the same stdout, stderr and exit code with and without picocli. */
  @Test
  void aQuickRunAnswersAsAParsedOne() {
    List<String[]> lines = new ArrayList<>();
    lines.add(new String[] {"recommend", "we need a support chatbot on our docs by Friday"});
    lines.add(new String[] {"--format", "json", "recommend", "Build ETL pipelines", "--top", "2"});
    lines.add(new String[] {"recommend", "Hire an electrician for the new office"});
    lines.add(new String[] {"--format=json", "recommend", "a pastry chef"});
    lines.add(new String[] {"recommend", "   "});
    lines.add(new String[] {"recommend"});
    lines.add(new String[] {"recommend", "--top", "0", "x"});
    lines.add(new String[] {"--color", "always", "recommend", "train a ranking model"});
    String minimal = "src/test/resources/knowledge/valid/minimal.yaml";
    lines.add(new String[] {"--knowledge", minimal, "recommend", "a chatbot on our docs"});
    lines.add(new String[] {"recommend", "x", "--knowledge=no-such-file.yaml"});
    for (String[] line : lines) {
      String shown = String.join(" ", line);
      assertThat(QuickLine.read(line)).as(shown).isNotNull();
      assertThat(run(true, line)).as(shown).isEqualTo(run(false, line));
    }
  }

  private static CliRun.Result run(boolean quick, String... line) {
    return CliRun.cli().runWith(io -> Cli.run(io, quick, line));
  }

  /** A new option of recommend fails here until QuickLine knows it (or gives up on it). */
  @Test
  void itKnowsEveryOptionOfRecommendAndItsDefault() {
    CommandSpec spec = new RecommendCommand().spec();
    assertThat(spec.options())
        .extracting(o -> o.longestName())
        .containsExactlyInAnyOrder("--top", "--batch");
    assertThat((Object) spec.findOption("--top").initialValue())
        .isEqualTo(RecommendCommand.DEFAULT_TOP);
    assertThat((Object) spec.findOption("--batch").initialValue()).isNull();
  }
}
