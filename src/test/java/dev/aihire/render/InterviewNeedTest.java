package dev.aihire.render;

import static dev.aihire.CliRun.cli;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The typed need is echoed before the questions and kept in the summary. */
class InterviewNeedTest {
  private final InterviewRenderer text = new InterviewRenderer(Style.plain(), 80);

  @Test
  void theStartingPointNamesTheRolesTheNeedFavours() {
    assertThat(text.startingPoint(List.of("AI Engineer", "Prompt Engineer"), List.of(0.41, 0.12)))
        .isEqualTo(
            "From what you wrote: AI Engineer (41%) and Prompt Engineer (12%) lead; the"
                + " questions will confirm or change that.");
    assertThat(text.startingPoint(List.of(), List.of()))
        .startsWith("Nothing in what you wrote points to one role yet");
  }

  @Test
  void theSummaryKeepsTheNeed() {
    String out =
        cli()
            .env("COLUMNS", "80")
            .stdin("1\n1\n")
            .run("interview", "--start", "we need a chatbot on our support docs")
            .out();

    assertThat(out).contains("\nYour need\n  we need a chatbot on our support docs\n");
  }

  @Test
  void noNeedNoSection() {
    assertThat(cli().stdin("1\n1\n").run("interview").out()).doesNotContain("Your need");
  }
}
