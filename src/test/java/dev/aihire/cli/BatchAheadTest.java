package dev.aihire.cli;

import static dev.aihire.CliRun.cli;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aihire.CliRun;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch from a file is answered on worker threads, a few lines ahead: its output, exit code and
 * note must be those of the same batch read one line at a time from stdin.
 */
class BatchAheadTest {
  private static String batch() {
    String[] needs = {
      "we need a support chatbot on our docs by Friday",
      "our dashboards are wrong and nobody trusts the numbers",
      "plumber for the office kitchen",
      "train a churn model on our customer data",
      "build the data pipelines into our warehouse"
    };
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 300; i++) {
      if (i % 37 == 5) {
        b.append("not json\n");
      } else if (i % 53 == 7) {
        b.append("\n"); // blank: skipped, not counted
      } else {
        b.append("{\"id\": ").append(i).append(", \"text\": \"").append(needs[i % 5]);
        b.append("\"}\n");
      }
    }
    return b.toString();
  }

  @Test
  void aFileBatchAnswersAsTheSameBatchReadLineByLine(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("needs.jsonl");
    Files.writeString(file, batch(), StandardCharsets.UTF_8);
    for (String format : new String[] {"json", "text"}) {
      CliRun.Result ahead = cli().run("--format", format, "recommend", "--batch", file.toString());
      CliRun.Result inLine =
          cli().stdin(batch()).run("--format", format, "recommend", "--batch", "-");

      assertThat(ahead.exitCode()).as(format).isEqualTo(4).isEqualTo(inLine.exitCode());
      assertThat(ahead.out()).as(format).isEqualTo(inLine.out());
      assertThat(ahead.out().lines()).as(format).hasSize(300 - 6);
      assertThat(ahead.err()).as(format).isEqualTo(inLine.err()).contains("lines 6, 43, 80");
    }
  }
}
