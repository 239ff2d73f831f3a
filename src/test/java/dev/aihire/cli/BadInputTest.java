package dev.aihire.cli;

import static dev.aihire.CliRun.cli;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aihire.CliRun.Result;
import dev.aihire.Main;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rows of docs/reliability.md that no other test covers: hostile files, hostile text and closed
 * pipes, each answered with a message and a documented exit code, never a stack trace.
 */
class BadInputTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String ESC = "\u001b";

  /** No user should ever see one of these. */
  static void noTrace(Result r) {
    assertThat(r.err())
        .doesNotContain("\tat ")
        .doesNotContain("Exception")
        .doesNotContain("internal error");
  }

  static Path write(Path dir, String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  static Result knowledge(Path file, String... command) {
    List<String> args = new ArrayList<>(List.of("--knowledge", file.toString()));
    args.addAll(List.of(command.length == 0 ? new String[] {"roles"} : command));
    return cli().run(args.toArray(String[]::new));
  }

  // ---- the knowledge file -------------------------------------------------------------------

  @Test
  void malformedYamlIsExit3WithTheLocation() {
    Path file = Path.of("src/test/resources/knowledge/invalid/malformed.yaml");
    Result r = knowledge(file, "recommend", "a chatbot");
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err()).startsWith(file + ":11:15: not valid YAML");
    assertThat(r.out()).isEmpty();
    noTrace(r);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "\n\n   \n", "# only a comment\n", "---\n"})
  void emptyOrCommentOnlyFileIsExit3(String text, @TempDir Path dir) throws IOException {
    Result r = knowledge(write(dir, "k.yaml", text));
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err())
        .containsAnyOf(
            "the file is empty", "holds no YAML document", "the top level must be a mapping");
    noTrace(r);
  }

  @Test
  void aSecondYamlDocumentIsRefused(@TempDir Path dir) throws IOException {
    String text =
        Files.readString(Path.of("src/test/resources/knowledge/valid/minimal.yaml"))
            + "---\nversion: 1\n";
    Result r = knowledge(write(dir, "k.yaml", text));
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err()).contains("a second YAML document ('---') follows");
  }

  @Test
  void wrongTypesDuplicateAndUnknownKeysAreAllListedAtOnce() {
    for (String fixture :
        List.of("wrong-type", "duplicate-key", "unknown-key", "anchor", "alias", "alias-bomb")) {
      Result r = knowledge(Path.of("src/test/resources/knowledge/invalid/" + fixture + ".yaml"));
      assertThat(r.exitCode()).as(fixture).isEqualTo(3);
      assertThat(r.err())
          .as(fixture)
          .containsPattern(fixture + "\\.yaml:\\d+:\\d+: ")
          .contains("in the knowledge file; fix them");
      noTrace(r);
    }
  }

  @Test
  void aTwelveMegabyteKnowledgeFileIsReadInSeconds(@TempDir Path dir) throws IOException {
    // The shipped file padded with comments to 12 MB: valid, and not slow.
    StringBuilder b = new StringBuilder(Files.readString(Path.of("roles.yaml")));
    String pad = "# " + "x".repeat(97) + "\n";
    while (b.length() < 12 * 1024 * 1024) {
      b.append(pad);
    }
    Path file = write(dir, "big.yaml", b.toString());
    long start = System.nanoTime();
    Result r = cli().run("validate", file.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("valid: 13 roles");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
  }

  @Test
  @Timeout(20)
  void aTwelveMegabyteLineIsRefusedQuickly(@TempDir Path dir) throws IOException {
    // Found while building the table: SnakeYAML is quadratic in a token's length, and this
    // file took two minutes to parse before the line limit.
    Path file =
        write(dir, "line.yaml", "version: 1\nroles: []\nx: \"" + "a".repeat(12 << 20) + "\"\n");
    Result r = cli().run("validate", file.toString());
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err())
        .contains(
            file
                + String.format(
                    ":3:1: line 3 is %,d characters long, over" + " the limit of 100,000",
                    (12 << 20) + 5));
    noTrace(r);
  }

  @ParameterizedTest
  @ValueSource(strings = {"[", "{a: ", "- "})
  @Timeout(20)
  void nestingFiveThousandLevelsDeepIsRefused(String open, @TempDir Path dir) throws IOException {
    String close = open.equals("[") ? "]" : open.equals("{a: ") ? "}" : "";
    String body =
        open.equals("- ")
            ? "\n"
                + String.join(
                    "",
                    java.util.stream.IntStream.range(0, 5000)
                        .mapToObj(i -> " ".repeat(2 * i + 2) + "-\n")
                        .toList())
                + " ".repeat(10002)
                + "x\n"
            : open.repeat(5000) + "1" + close.repeat(5000) + "\n";
    Result r = knowledge(write(dir, "deep.yaml", "version: 1\nroles: " + body));
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err()).contains("nested more than 64 levels deep");
    noTrace(r);
  }

  @Test
  void latin1AndBinaryBytesAreExit3(@TempDir Path dir) throws IOException {
    Result latin1 = knowledge(Path.of("src/test/resources/knowledge/invalid/latin1.yaml"));
    assertThat(latin1.exitCode()).isEqualTo(3);
    assertThat(latin1.err()).contains("not UTF-8 text (byte 0xE9); save the file as UTF-8");
    byte[] random = new byte[64 * 1024];
    new java.util.Random(8).nextBytes(random);
    Path bin = dir.resolve("random.bin");
    Files.write(bin, random);
    Result r = knowledge(bin);
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err()).contains("not UTF-8 text");
    // Valid UTF-8 with a NUL in it: a binary file that happens to decode.
    Result nul = knowledge(Path.of("src/test/resources/knowledge/invalid/binary.yaml"));
    assertThat(nul.exitCode()).isEqualTo(3);
    assertThat(nul.err()).contains("character U+0000 is not allowed in YAML");
    // UTF-16 (a Windows editor's "Unicode"): not silently misread.
    Path utf16 = dir.resolve("utf16.yaml");
    Files.write(utf16, "\uFEFFversion: 1\nroles: []\n".getBytes(StandardCharsets.UTF_16LE));
    Result wide = knowledge(utf16);
    assertThat(wide.exitCode()).isEqualTo(3);
    noTrace(latin1);
    noTrace(r);
    noTrace(nul);
    noTrace(wide);
  }

  @Test
  void escapeSequencesInTheKnowledgeAreRefusedAndNeverEchoed(@TempDir Path dir) throws IOException {
    String text =
        Files.readString(Path.of("src/test/resources/knowledge/valid/minimal.yaml"))
            .replace("name: AI Engineer", "name: \"AI \\e]0;owned\\a Engineer\"")
            .replace(
                "summary: Builds product features on existing models.",
                "summary: \"Builds \\e[2J\\e[H \\u202E features\"")
            .replace("phrase: chatbot", "phrase: \"chat\\x9b31mbot\"");
    Path file = write(dir, "escapes.yaml", text);
    Result r = cli().terminal().run("--knowledge", file.toString(), "roles");
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err()).contains("contains a control character (such as a terminal escape)");
    assertThat(r.err().lines().filter(l -> l.contains("control character"))).hasSize(3);
    assertThat(r.out() + r.err())
        .doesNotContain(ESC)
        .doesNotContain("\u0007")
        .doesNotContain("\u009b")
        .doesNotContain("\u202e");
  }

  @Test
  void aDirectoryOrAMissingFileIsExit3(@TempDir Path dir) {
    Result d = cli().run("--knowledge", dir.toString(), "roles");
    assertThat(d.exitCode()).isEqualTo(3);
    assertThat(d.err()).startsWith(dir + ":1:1: is a directory, not a knowledge file");
    Result missing =
        cli()
            .env("AIHIRE_KNOWLEDGE", dir.resolve("gone.yaml").toString())
            .run("recommend", "a chatbot");
    assertThat(missing.exitCode()).isEqualTo(3);
    assertThat(missing.err()).contains("gone.yaml:1:1: no such file");
    noTrace(d);
    noTrace(missing);
  }

  @Test
  void anUnreadableFileIsExit3(@TempDir Path dir) throws Exception {
    Path file =
        Files.copy(
            Path.of("src/test/resources/knowledge/valid/minimal.yaml"), dir.resolve("secret.yaml"));
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    if (Files.isReadable(file)) {
      // Root reads a mode-000 file anyway: run aihire without the capabilities that let it.
      assumeTrue(
          Files.isExecutable(Path.of("/usr/bin/setpriv")),
          "needs setpriv to drop" + " root's CAP_DAC_OVERRIDE");
      Child c =
          Child.run(
              List.of(
                  "/usr/bin/setpriv",
                  "--inh-caps=-dac_override,-dac_read_search",
                  "--bounding-set=-dac_override,-dac_read_search"),
              null,
              "--knowledge",
              file.toString(),
              "roles");
      assertThat(c.exitCode()).isEqualTo(3);
      assertThat(c.err()).startsWith(file + ":1:1: permission denied; make the file readable");
      assertThat(c.out()).isEmpty();
    } else {
      Result r = cli().run("--knowledge", file.toString(), "roles");
      assertThat(r.exitCode()).isEqualTo(3);
      assertThat(r.err()).startsWith(file + ":1:1: permission denied; make the file readable");
    }
  }

  @Test
  @Timeout(20)
  void aTwentyKilobyteIdIsAProblemNotAStackOverflow(@TempDir Path dir) throws IOException {
    // The id regex [a-z0-9]+(-[a-z0-9]+)* recursed once per word: 2,000 words overflowed the
    // stack. And a did-you-mean between two such ids was quadratic.
    String longId = String.join("-", java.util.Collections.nCopies(10_000, "a"));
    String otherId = String.join("-", java.util.Collections.nCopies(10_000, "b"));
    String text =
        Files.readString(Path.of("src/test/resources/knowledge/valid/minimal.yaml"))
            .replace("id: ai-engineer", "id: " + longId + "_")
            .replace("instead: ml-engineer", "instead: " + otherId);
    Result r = knowledge(write(dir, "long.yaml", text));
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err())
        .contains("must be lower-case words joined by '-'")
        .contains("is not a role id");
    noTrace(r);
  }

  @Test
  void pathsAndNamesWithEscapesAreShownDefused() {
    Result k = cli().run("--knowledge", ESC + "]0;owned" + "\u0007.yaml", "roles");
    assertThat(k.exitCode()).isEqualTo(3);
    Result b = cli().run("recommend", "--batch", ESC + "[2J.jsonl");
    assertThat(b.exitCode()).isEqualTo(2);
    assertThat(b.err()).contains("?[2J.jsonl: no such file");
    Result role = cli().run("roles", ESC + "[31mml-enginer");
    assertThat(role.exitCode()).isEqualTo(2);
    Result option = cli().run("roles", "--" + ESC + "[31m");
    assertThat(option.exitCode()).isEqualTo(2);
    for (Result r : List.of(k, b, role, option)) {
      assertThat(r.err()).doesNotContain(ESC).doesNotContain("\u0007");
      noTrace(r);
    }
  }

  // ---- the command line ---------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(
      strings = {
        "frobnicate",
        "--frobnicate",
        "roles --format xml",
        "recommend --top many chatbot",
        "--color sometimes roles",
        "kit",
        "validate a b",
        "recommend --batch",
        "--knowledge"
      })
  void unknownCommandsOptionsAndValuesAreExit2(String line) {
    Result r = cli().run(line.split(" "));
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).startsWith("aihire: ").contains("--help");
    assertThat(r.out()).isEmpty();
    noTrace(r);
  }

  @Test
  void batchAndANeedTogetherIsExit2() {
    Result r = cli().run("recommend", "--batch", "-", "a chatbot");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("give either --batch or a need, not both");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "\n", "   \n\t\n", "\r\n\r\n"})
  void anEmptyOrBlankStdinIsExit2(String stdin) {
    Result r = cli().stdin(stdin).run("recommend", "-");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("the need is empty");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void aThreeMegabyteNeedIsAnsweredAndAnOversizedOneIsCut() throws Exception {
    String need = "We need someone to build dbt models in our warehouse, not a chatbot. ";
    Result r =
        cli()
            .stdin(need.repeat(3 * 1024 * 1024 / need.length()))
            .run("recommend", "--format", "json", "-");
    assertThat(r.exitCode()).isZero();
    assertThat(JSON.readTree(r.out()).get("recommendations").get(0).get("role").asText())
        .isEqualTo("analytics-engineer");
    // One 3 MB word, and 6 MB (over the 4 MiB cut): answered, nothing fits.
    for (int mb : new int[] {3, 6}) {
      Result word = cli().stdin("x".repeat(mb * 1024 * 1024)).run("recommend", "-");
      assertThat(word.exitCode()).isZero();
      assertThat(word.out()).isEqualTo("No AI or data role fits this need.\n");
    }
  }

  @Test
  void nulAndInvalidUtf8InANeedAreHarmless() throws Exception {
    Result arg = cli().run("recommend", "--format", "json", "a chatbot\u0000 on our docs \uD800");
    assertThat(arg.exitCode()).isZero();
    assertThat(JSON.readTree(arg.out()).get("recommendations").get(0).get("role").asText())
        .isEqualTo("ai-engineer");
    byte[] stdin =
        "a chatbot\u0000 on our docs \u00ff\u00fe\u00c3(".getBytes(StandardCharsets.ISO_8859_1);
    Result in = cli().stdin(stdin).run("recommend", "-");
    assertThat(in.exitCode()).isZero();
    assertThat(in.out()).startsWith("Hire: AI Engineer").doesNotContain("\u0000");
    Result nulOnly = cli().stdin(new byte[] {0, 0, 0}).run("recommend", "-");
    assertThat(nulOnly.exitCode()).isZero();
    assertThat(nulOnly.out()).isEqualTo("No AI or data role fits this need.\n");
    noTrace(arg);
    noTrace(in);
  }

  @Test
  void escapeSequencesInANeedNeverReachTheTerminalInAnyFormat() {
    String need =
        "train"
            + ESC
            + "[2J\u0007\u009b31m"
            + "models for fraud detection "
            + ESC
            + "]0;owned"
            + ESC
            + "\\ "
            + ESC
            + "[10A\u202e";
    Result text = cli().terminal().run("recommend", "--top", "5", need);
    assertThat(text.exitCode()).isZero();
    assertThat(text.out()).startsWith("Hire: ");
    assertThat(text.out().replaceAll(ESC + "\\[[0-9;]*m", ""))
        .doesNotContain(ESC)
        .doesNotContain("\u0007")
        .doesNotContain("\u009b")
        .doesNotContain("\u202e");
    Result json = cli().terminal().run("recommend", "--format", "json", need);
    assertThat(json.out())
        .doesNotContain(ESC)
        .doesNotContain("\u0007")
        .doesNotContain("\u009b")
        .doesNotContain("\u202e")
        .contains("\\u001B")
        .contains("\\u009b");
  }

  @Test
  void defusingUserTextLeavesOurOwnColoursIntact() {
    // Found at a real terminal (tmux): the Avoid names were coloured before wrapping, and the
    // wrapping's Text.safe showed the colour codes as "?[33m".
    Result r = cli().terminal().run("recommend", "we need a support chatbot on our docs");
    assertThat(r.out())
        .contains("Avoid")
        .containsPattern("\n  - \u001b\\[33m[A-Za-z ]+" + "\u001b\\[0m: ")
        .doesNotContain("?[");
    assertThat(cli().run("recommend", "we need a support chatbot on our docs").out())
        .containsPattern("\n  - [A-Za-z ]+ Engineer: ");
  }

  // ---- batch --------------------------------------------------------------------------------

  @Test
  void everyKindOfBadBatchLineIsAnsweredInOrderAndTheGoodOnesToo(@TempDir Path dir)
      throws Exception {
    List<String> lines =
        List.of(
            "{\"id\": 1, \"text\": \"a chatbot on our docs\"}",
            "not json at all",
            "{\"id\": 3}",
            "{\"id\": 4, \"text\": 42}",
            "[\"text\", \"a chatbot\"]",
            "\"a chatbot\"",
            "{\"id\": 7, \"text\": \"dbt models\"} {\"id\": 8}",
            "{\"id\": 9, \"text\": \"Power BI reports\"",
            "{\"id\": 10, \"text\": \"  \"}",
            "{\"id\": 11, \"text\": \"Tableau dashboards for sales\"}\r",
            "{\"id\": 12, \"text\": \"a \u0000 chatbot " + ESC + "[2J on docs\"}",
            "{\"id\": {\"deep\": [1, 2]}, \"text\": \"Kafka and Airflow pipelines\"}");
    Path in = dir.resolve("in.jsonl");
    Files.write(in, lines);
    Result r = cli().run("recommend", "--batch", in.toString(), "--format", "json");
    assertThat(r.exitCode()).isEqualTo(4);
    List<JsonNode> out = r.out().lines().map(BadInputTest::parse).toList();
    assertThat(out).hasSize(12);
    for (int i = 0; i < out.size(); i++) {
      assertThat(out.get(i).get("line").asInt()).isEqualTo(i + 1);
    }
    List<Integer> good = List.of(1, 10, 12);
    for (int i = 1; i <= 12; i++) {
      assertThat(out.get(i - 1).has("error")).as("line " + i).isEqualTo(!good.contains(i));
    }
    assertThat(out.get(0).get("recommendations").get(0).get("role").asText())
        .isEqualTo("ai-engineer");
    assertThat(out.get(9).get("recommendations").get(0).get("role").asText())
        .isEqualTo("data-analyst");
    assertThat(out.get(10).get("error").asText())
        .startsWith("not valid JSON: Illegal unquoted" + " character ((CTRL-CHAR, code 0))");
    // An object id comes back as it was written (CONTRACT.md), its line in "line".
    assertThat(out.get(11).get("id").toString()).isEqualTo("{\"deep\":[1,2]}");
    assertThat(out.get(11).get("line").asInt()).isEqualTo(12);
    assertThat(out.get(3).get("error").asText()).isEqualTo("\"text\" must be a string");
    assertThat(out.get(6).get("error").asText()).isEqualTo("more than one JSON value on the line");
    assertThat(r.err())
        .contains(
            "9 of 12 batch lines were bad (lines 2, 3, 4, 5, 6, 7, 8, 9,"
                + " 11); the others were answered");
  }

  @Test
  void batchLinesWithEscapesInTextModeAreDefused() {
    String in =
        "{\"id\": \""
            + "\\u001b]0;owned\\u0007"
            + "\", \"text\": \"a chatbot\"}\n"
            + "abc"
            + ESC
            + "[2J"
            + "\u009b31m\n"
            + "{\"text\": \"x\", "
            + ESC
            + "[31m: 1}\n";
    Result r = cli().terminal().stdin(in).run("recommend", "--batch", "-");
    assertThat(r.exitCode()).isEqualTo(4);
    assertThat(r.out().lines()).hasSize(3);
    assertThat(r.out() + r.err())
        .doesNotContain(ESC)
        .doesNotContain("\u0007")
        .doesNotContain("\u009b");
  }

  @Test
  void aTenMegabyteLineIsReportedAndTheNextLineAnswered() {
    byte[] big =
        ("{\"id\":\"big\",\"text\":\""
                + "dbt ".repeat(10 * 1024 * 1024 / 4)
                + "\"}\n"
                + "{\"id\":\"after\",\"text\":\"Power BI reports\"}\n")
            .getBytes(StandardCharsets.UTF_8);
    Result r = cli().stdin(big).run("recommend", "--batch", "-", "--format", "json");
    assertThat(r.exitCode()).isEqualTo(4);
    List<JsonNode> out = r.out().lines().map(BadInputTest::parse).toList();
    assertThat(out).hasSize(2);
    assertThat(out.get(0).get("error").asText())
        .startsWith("line is 10485782 bytes, over the" + " limit of 4194304");
    assertThat(out.get(1).get("id").asText()).isEqualTo("after");
  }

  @Test
  void aBatchDirectoryIsExit2(@TempDir Path dir) {
    Result r = cli().run("recommend", "--batch", dir.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("is a directory; give a JSONL file");
  }

  @Test
  void aHundredThousandLinesAreAllAnsweredInOrder() throws Exception {
    // One line in five is a need (the engine's time); the others are bad in two ways.
    StringBuilder in = new StringBuilder();
    List<Integer> bad = new ArrayList<>();
    for (int i = 0; i < 100_000; i++) {
      if (i % 10 == 0) {
        in.append("{\"id\": ").append(i).append(", \"text\": \"a chatbot on our docs\"}");
      } else if (i % 10 == 5) {
        in.append("{\"id\": ").append(i).append(", \"text\": \"Kafka pipelines into Snowflake\"}");
      } else {
        in.append(i % 2 == 1 ? "not json" : "{\"id\": \"no text\"}");
        bad.add(i + 1);
      }
      in.append('\n');
    }
    Result r = cli().stdin(in.toString()).run("recommend", "--batch", "-");
    assertThat(r.exitCode()).isEqualTo(4);
    List<String> out = r.out().lines().toList();
    assertThat(out).hasSize(100_000);
    for (int i = 0; i < 100_000; i += 997) {
      String expected =
          i % 10 == 0
              ? i + "\tai-engineer\t"
              : i % 10 == 5
                  ? i + "\tdata-engineer\t"
                  : i % 2 == 1
                      ? (i + 1) + "\terror: not valid JSON"
                      : "no text\terror: no \"text\" field";
      assertThat(out.get(i)).as("line " + (i + 1)).startsWith(expected);
    }
    assertThat(r.err())
        .contains(
            "80000 of 100000 batch lines were bad (lines "
                + String.join(", ", bad.subList(0, 10).stream().map(String::valueOf).toList())
                + ", …); the others were answered");
  }

  /** Streaming, not slurping: each answer is out before the next line is even written. */
  @Test
  @Timeout(30)
  void aBatchAnswersEachLineBeforeTheNextArrives() throws Exception {
    PipedOutputStream feed = new PipedOutputStream();
    PipedInputStream stdin = new PipedInputStream(feed, 1 << 16);
    PipedInputStream answers = new PipedInputStream(1 << 16);
    PrintWriter out =
        new PrintWriter(
            new OutputStreamWriter(new PipedOutputStream(answers), StandardCharsets.UTF_8));
    Io io = new Io(out, new PrintWriter(new StringWriter()), stdin, Map.of(), false, false);
    Thread run =
        new Thread(
            () -> {
              Main.run(io, "recommend", "--batch", "-", "--format", "json");
              out.close();
            });
    run.start();
    java.io.BufferedReader reader =
        new java.io.BufferedReader(new java.io.InputStreamReader(answers, StandardCharsets.UTF_8));
    for (int i = 0; i < 5; i++) {
      feed.write(
          ("{\"id\": " + i + ", \"text\": \"a chatbot on our docs\"}\n")
              .getBytes(StandardCharsets.UTF_8));
      feed.flush();
      assertThat(reader.readLine()).startsWith("{\"id\":" + i + ",");
    }
    feed.close();
    assertThat(reader.readLine()).isNull();
    run.join();
  }

  // ---- stdout closed early ------------------------------------------------------------------

  /** A stdout whose reader goes away after {@code limit} bytes, as with '| head -1'. */
  static final class ClosingPipe extends OutputStream {
    private final int limit;
    private int written;

    ClosingPipe(int limit) {
      this.limit = limit;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (written + len > limit) {
        throw new IOException("Broken pipe");
      }
      written += len;
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "roles",
        "roles ml-engineer",
        "--help",
        "completion",
        "recommend --format json a chatbot on our docs",
        "recommend --batch -",
        "recommend --batch - --format json",
        "validate --format json"
      })
  void aReaderThatGoesAwayEndsTheRunQuietly(String line) {
    StringBuilder batch = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      batch.append("{\"id\": ").append(i).append(", \"text\": \"a chatbot on our docs\"}\n");
    }
    StringWriter err = new StringWriter();
    Io io =
        new Io(
            new PrintWriter(new OutputStreamWriter(new ClosingPipe(10), StandardCharsets.UTF_8)),
            new PrintWriter(err),
            new java.io.ByteArrayInputStream(batch.toString().getBytes(StandardCharsets.UTF_8)),
            Map.of(),
            false,
            false);
    long start = System.nanoTime();
    int code = Main.run(io, line.split(" "));
    assertThat(code).isZero();
    assertThat(err.toString()).isEmpty();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
  }

  /** The real thing: a JVM whose stdout pipe is closed after one line. */
  @Test
  @Timeout(60)
  void headMinusOneOnARealProcessLeavesNoTrace(@TempDir Path dir) throws Exception {
    Path big = dir.resolve("big.jsonl");
    try (var w = Files.newBufferedWriter(big)) {
      for (int i = 0; i < 100_000; i++) {
        w.write("{\"id\": " + i + ", \"text\": \"a chatbot on our docs\"}\n");
      }
    }
    for (String[] args :
        List.of(new String[] {"roles"}, new String[] {"recommend", "--batch", big.toString()})) {
      Child c = Child.run(List.of(), 1, args);
      assertThat(c.out().lines()).hasSize(1);
      assertThat(c.exitCode()).as(String.join(" ", args)).isZero();
      assertThat(c.err()).as(String.join(" ", args)).isEmpty();
    }
  }

  // ---- helpers ------------------------------------------------------------------------------

  /** aihire in a JVM of its own, for what a process boundary changes (pipes, permissions). */
  record Child(int exitCode, String out, String err) {
    /** Runs aihire behind {@code prefix}; with {@code lines}, closes stdout after that many. */
    static Child run(List<String> prefix, Integer lines, String... args) throws Exception {
      List<String> cmd = new ArrayList<>(prefix);
      cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      cmd.addAll(
          List.of(
              "-XX:TieredStopAtLevel=1",
              "-XX:+UseSerialGC",
              "-Xshare:auto",
              "-cp",
              System.getProperty("java.class.path"),
              Main.class.getName()));
      cmd.addAll(List.of(args));
      Process p =
          new ProcessBuilder(cmd)
              .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
              .start();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      Thread errReader =
          new Thread(
              () -> {
                try {
                  p.getErrorStream().transferTo(err);
                } catch (IOException e) {
                  // the process is gone
                }
              });
      errReader.start();
      String out;
      InputStream stdout = p.getInputStream();
      if (lines == null) {
        out = new String(stdout.readAllBytes(), StandardCharsets.UTF_8);
      } else {
        StringBuilder b = new StringBuilder();
        int seen = 0;
        int c;
        while (seen < lines && (c = stdout.read()) != -1) {
          b.append((char) c);
          if (c == '\n') {
            seen++;
          }
        }
        stdout.close(); // like head: the reader goes away
        out = b.toString();
      }
      assertThat(p.waitFor(50, TimeUnit.SECONDS)).as("exited").isTrue();
      errReader.join();
      return new Child(p.exitValue(), out, err.toString(StandardCharsets.UTF_8));
    }
  }

  private static JsonNode parse(String line) {
    try {
      return JSON.readTree(line);
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + line, e);
    }
  }
}
