package dev.aihire.cli;

import static dev.aihire.CliRun.cli;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aihire.CliRun.Result;
import dev.aihire.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Write errors, closed standard streams, endless inputs and batch ids as written. */
class StreamsTest {

  @Test
  void aFailedWriteIsOneLineOnStderrAndExit74() {
    StringWriter err = new StringWriter();
    WriteTrap trap = new WriteTrap(new OutputStreamWriter(new FullDisk(), StandardCharsets.UTF_8));
    Io io =
        new Io(
            new PrintWriter(trap),
            new PrintWriter(err),
            new ClosedStdin(),
            Map.of(),
            false,
            false,
            trap::failure);
    assertThat(Main.run(io, "roles")).isEqualTo(74);
    assertThat(err.toString())
        .isEqualTo(
            "aihire: cannot write the output: No space left on"
                + " device; check the disk space or where stdout goes\n");
  }

  @Test
  void aBatchThatCannotWriteStopsAtOnce() {
    StringBuilder batch = new StringBuilder();
    for (int i = 0; i < 50_000; i++) {
      batch.append("{\"id\": ").append(i).append(", \"text\": \"a chatbot on our docs\"}\n");
    }
    StringWriter err = new StringWriter();
    FullDisk disk = new FullDisk();
    WriteTrap trap = new WriteTrap(new OutputStreamWriter(disk, StandardCharsets.UTF_8));
    Io io =
        new Io(
            new PrintWriter(trap),
            new PrintWriter(err),
            new ByteArrayInputStream(batch.toString().getBytes(StandardCharsets.UTF_8)),
            Map.of(),
            false,
            false,
            trap::failure);
    assertThat(Main.run(io, "recommend", "--batch", "-", "--format", "json")).isEqualTo(74);
    assertThat(disk.attempts).isEqualTo(1);
    assertThat(err.toString().lines()).hasSize(1);
  }

  @Test
  void aClosedStdinIsNoInput() {
    for (String[] args :
        List.of(
            new String[] {"recommend", "-"},
            new String[] {"recommend", "--batch", "-"},
            new String[] {"quiz", "--count", "2"},
            new String[] {"interview", "--answers", "-"})) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      Io io =
          new Io(
              new PrintWriter(out),
              new PrintWriter(err),
              new ClosedStdin(),
              Map.of(),
              false,
              false);
      assertThat(Main.run(io, args)).as(String.join(" ", args)).isEqualTo(2);
      assertThat(out.toString()).isEmpty();
      assertThat(err.toString())
          .startsWith("aihire: stdin is closed, so there is nothing to" + " read; ");
    }
  }

  @Test
  @Timeout(60)
  void endlessAnswersFailAtTheLimit() {
    byte[] zeros = new byte[3 * 1024 * 1024];
    Result interview = cli().stdin(zeros).run("interview", "--answers", "-");
    assertThat(interview.exitCode()).isEqualTo(2);
    assertThat(interview.err())
        .isEqualTo(
            "aihire: cannot read the answers from stdin: more"
                + " than 1024 KiB; an answers file holds one short answer a line\n");
    Result quiz = cli().stdin(zeros).run("quiz", "--seed", "1", "--count", "2");
    assertThat(quiz.exitCode()).isEqualTo(2);
    assertThat(quiz.err()).contains("more than 1024 KiB");
  }

  @Test
  @Timeout(60)
  void aBatchLineWithoutEndStopsAtTheLimitInFlatMemory() {
    InputStream zeros =
        new InputStream() {
          @Override
          public int read() {
            return 0;
          }

          @Override
          public int read(byte[] b, int off, int len) {
            Arrays.fill(b, off, off + len, (byte) 0);
            return len;
          }
        };
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Io io = new Io(new PrintWriter(out), new PrintWriter(err), zeros, Map.of(), false, false);
    assertThat(Main.run(io, "recommend", "--batch", "-")).isEqualTo(2);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString())
        .isEqualTo(
            "aihire: --batch -: line 1 goes on past 64 MiB without"
                + " a line break; a batch is JSONL, one {\"id\": …, \"text\": …} a line\n");
  }

  @Test
  void aLongBadInterviewAnswerIsCutInTheMessage() {
    Result r = cli().stdin("x".repeat(1_000) + "\n").run("interview");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err())
        .contains("stdin:1: '" + "x".repeat(40) + "\u2026' is not an answer")
        .hasSizeLessThan(400);
    // Past the 1,024 bytes of an answer line the line is named by its length, never held.
    assertThat(cli().stdin("x".repeat(10_000) + "\n").run("interview").err())
        .contains("stdin:1: '(a line of 10000 bytes)' is not an answer");
  }

  @Test
  void batchIdsComeBackExactlyAsWrittenAndDuplicateKeysAreRefused() {
    String in =
        "{\"id\": 1e20, \"text\": \"a chatbot\"}\n"
            + "{\"id\": 0.12345, \"text\": \"a chatbot\"}\n"
            + "{\"id\": 123456789012345678901234567890, \"text\": \"a chatbot\"}\n"
            + "{\"id\": \"a\", \"text\": \"a chatbot\", \"text\": \"dashboards\"}\n";
    Result r = cli().stdin(in).run("recommend", "--batch", "-", "--format", "json");
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(0)).startsWith("{\"id\":1e20,\"line\":1,\"recommendations\":");
    assertThat(lines.get(1)).startsWith("{\"id\":0.12345,\"line\":2,");
    assertThat(lines.get(2))
        .startsWith("{\"id\":123456789012345678901234567890,\"line\":3," + "\"recommendations\":");
    assertThat(lines.get(3))
        .isEqualTo(
            "{\"id\":\"a\",\"line\":4,\"error\":\"the key \\\"text\\\""
                + " is given twice; give each key once\"}");
    assertThat(r.exitCode()).isEqualTo(4);
    assertThat(cli().stdin(in).run("recommend", "--batch", "-").out()).startsWith("1e20\t");
  }

  @Test
  void anIdOfAnyJsonValueComesBackAsWritten() {
    String in =
        "{\"id\": null, \"text\": \"a chatbot\"}\n"
            + "{\"id\": true, \"text\": \"a chatbot\"}\n"
            + "{\"id\": [1, \"x\"], \"text\": \"a chatbot\"}\n"
            + "{\"text\": \"a chatbot\"}\n";
    List<String> need =
        cli().stdin(in).run("recommend", "--batch", "-", "--format", "json").out().lines().toList();
    assertThat(need.get(0)).startsWith("{\"id\":null,\"line\":1,");
    assertThat(need.get(1)).startsWith("{\"id\":true,\"line\":2,");
    assertThat(need.get(2)).startsWith("{\"id\":[1, \"x\"],\"line\":3,");
    assertThat(need.get(3)).startsWith("{\"id\":4,\"line\":4,"); // none given: the line number
    List<String> posting =
        cli()
            .stdin("{\"id\": [7], \"text\": \"SQL reports and Tableau dashboards.\"}\n")
            .run("check", "--batch", "-", "--format", "json")
            .out()
            .lines()
            .toList();
    assertThat(posting.get(0)).startsWith("{\"id\":[7],\"line\":1,");
  }

  @Test
  void aPostingBatchRefusesARepeatedKeyAsTheNeedBatchDoes() {
    String in =
        "{\"id\": \"p7\", \"title\": \"Data Analyst\", \"title\": \"ML Engineer\","
            + " \"text\": \"Dashboards in Tableau, SQL reports.\"}\n"
            + "{\"id\": \"p8\", \"text\": \"Dashboards in Tableau, SQL reports.\"}\n";
    Result r = cli().stdin(in).run("check", "--batch", "-", "--format", "json");
    List<String> lines = r.out().lines().toList();
    assertThat(lines.get(0))
        .isEqualTo(
            "{\"id\":\"p7\",\"line\":1,\"error\":\"the key \\\"title\\\""
                + " is given twice; give each key once\"}");
    assertThat(lines.get(1)).startsWith("{\"id\":\"p8\",\"line\":2,");
    assertThat(r.exitCode()).isEqualTo(4);
  }

  @Test
  void aBatchTypedAtTheTerminalSaysWhatALineIsAndHowToEndIt() {
    assertThat(cli().terminal().stdin("").run("check", "--batch", "-").err())
        .isEqualTo(
            "aihire: reading JSONL from the terminal, one {\"title\": …, \"text\": …} a line;"
                + " end it with Ctrl-D\n");
    assertThat(cli().terminal().stdin("").run("recommend", "--batch", "-").err())
        .startsWith("aihire: reading JSONL from the terminal, one {\"text\": …} a line;");
    assertThat(cli().stdin("").run("check", "--batch", "-").err()).isEmpty();
  }

  @Test
  void aByteOrderMarkBeforeTheFirstLineOfABatchIsNotPartOfIt() {
    byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
    byte[] line = "{\"id\": \"b\", \"text\": \"a chatbot\"}\n".getBytes(UTF_8);
    byte[] in = new byte[bom.length + line.length];
    System.arraycopy(bom, 0, in, 0, bom.length);
    System.arraycopy(line, 0, in, bom.length, line.length);
    Result need = cli().stdin(in).run("recommend", "--batch", "-");
    assertThat(need.exitCode()).isZero();
    assertThat(need.out()).startsWith("b\tai-engineer\t");
    byte[] alone = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, '\n'};
    byte[] then = new byte[alone.length + line.length];
    System.arraycopy(alone, 0, then, 0, alone.length);
    System.arraycopy(line, 0, then, alone.length, line.length);
    assertThat(cli().stdin(then).run("check", "--batch", "-").exitCode()).isNotEqualTo(4);
  }

  // ---- real processes: what only a process boundary shows -----------------------------------

  @Test
  @EnabledOnOs(OS.LINUX)
  @Timeout(60)
  void rolesIntoAFullDiskExits74() throws Exception {
    Child c = Child.run("exec \"$@\" > /dev/full", "roles");
    assertThat(c.exitCode()).isEqualTo(74);
    assertThat(c.err())
        .isEqualTo(
            "aihire: cannot write the output: No space left on device;"
                + " check the disk space or where stdout goes\n");
  }

  @Test
  @EnabledOnOs(OS.LINUX)
  @Timeout(60)
  void aClosedStdoutExits74() throws Exception {
    Child c = Child.run("exec \"$@\" >&-", "roles");
    assertThat(c.exitCode()).isEqualTo(74);
    assertThat(c.err().lines())
        .singleElement()
        .asString()
        .startsWith("aihire: cannot write the output: ");
  }

  @Test
  @EnabledOnOs(OS.LINUX)
  @Timeout(60)
  void aClosedStdinIsExit2WithNothingOnStdout(@TempDir Path dir) throws Exception {
    for (String args : List.of("recommend -", "recommend --batch -")) {
      Child c = Child.run("exec \"$@\" <&-", args.split(" "));
      assertThat(c.exitCode()).as(args).isEqualTo(2);
      assertThat(c.out()).as(args).isEmpty();
      assertThat(c.err()).as(args).startsWith("aihire: stdin is closed");
    }
    Path need = Files.writeString(dir.resolve("need.txt"), "a chatbot on our docs\n");
    Child given = Child.run("exec \"$@\" < " + need, "recommend", "-");
    assertThat(given.exitCode()).isZero();
    assertThat(given.out()).startsWith("Hire: AI Engineer");
  }

  /** aihire in a JVM of its own, started by {@code sh -c SCRIPT}. */
  record Child(int exitCode, String out, String err) {
    static Child run(String script, String... args) throws Exception {
      List<String> cmd =
          new ArrayList<>(
              List.of(
                  "sh",
                  "-c",
                  script,
                  "sh",
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-XX:TieredStopAtLevel=1",
                  "-XX:+UseSerialGC",
                  "-Xshare:auto",
                  "-Xlog:disable",
                  "-cp",
                  System.getProperty("java.class.path"),
                  Main.class.getName()));
      cmd.addAll(List.of(args));
      Process p =
          new ProcessBuilder(cmd)
              .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
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
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor(50, TimeUnit.SECONDS)).as("exited").isTrue();
      errReader.join();
      return new Child(p.exitValue(), out, err.toString(StandardCharsets.UTF_8));
    }
  }

  /** A disk with no room: every write fails, and counts. */
  static final class FullDisk extends OutputStream {
    int attempts;

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      attempts++;
      throw new IOException("No space left on device");
    }
  }
}
