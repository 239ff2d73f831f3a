package dev.aihire.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aihire.render.InterviewRenderer;
import dev.aihire.render.Style;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.junit.jupiter.api.Test;

/** The terminal prompter on JLine's dumb terminal, fed keystrokes as bytes. */
class JLinePrompterTest {
  static final Prompter.Question QUESTION =
      new Prompter.Question(
          new InterviewRenderer(Style.plain(), 80)
              .question(
                  1,
                  6,
                  "Which sentence comes closest to the reason you want to hire?",
                  List.of(
                      "Build on an existing model.", "Train a new model.", "Insights from data."),
                  true),
          "answer> ",
          List.of(
              new Prompter.Completion("1", "Build on an existing model."),
              new Prompter.Completion("skip", null)));

  final ByteArrayOutputStream out = new ByteArrayOutputStream();

  JLinePrompter prompter(String keys) throws Exception {
    Terminal t =
        Terminals.open(
            new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)),
            new OutputStreamWriter(out, StandardCharsets.UTF_8),
            false);
    // Like a real tty: Ctrl-C raises SIGINT (the dumb terminal's defaults leave ISIG off). Every
    // signal key needs a value: an unset one is -1, which end of input would match forever.
    Attributes a = t.getAttributes();
    a.setLocalFlag(Attributes.LocalFlag.ISIG, true);
    a.setControlChar(Attributes.ControlChar.VINTR, 3);
    a.setControlChar(Attributes.ControlChar.VQUIT, 28);
    a.setControlChar(Attributes.ControlChar.VSUSP, 26);
    a.setControlChar(Attributes.ControlChar.VSTATUS, 20);
    t.setAttributes(a);
    return new JLinePrompter(t);
  }

  String shown() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void showsTheQuestionAndReturnsTheTypedLine() throws Exception {
    Prompter p = prompter("2\n");
    Prompter.Reply reply = p.ask(QUESTION);
    assertThat(reply).isEqualTo(Prompter.Reply.line("2"));
    assertThat(shown())
        .contains("Question 1 (at most 6)")
        .contains("Which sentence comes closest to the reason you want to hire?")
        .contains("  1. Build on an existing model.")
        .contains("  3. Insights from data.")
        .contains("skip, back or why")
        .contains("answer> ");
  }

  @Test
  void theSameQuestionAskedAgainIsNotShownAgain() throws Exception {
    Prompter p = prompter("why\n1\n");
    p.ask(QUESTION);
    p.say("Why this question: ...");
    p.ask(QUESTION);
    assertThat(shown().split("Which sentence", -1)).hasSize(2);
    assertThat(shown().split("answer> ", -1)).hasSize(3);
  }

  @Test
  void ctrlDIsTheEnd() throws Exception {
    assertThat(prompter("").ask(QUESTION).kind()).isEqualTo(Prompter.Reply.Kind.END);
    assertThat(prompter("\u0004").ask(QUESTION).kind()).isEqualTo(Prompter.Reply.Kind.END);
  }

  @Test
  void ctrlCIsAnInterruptAndConfirmingAsksForAYes() throws Exception {
    Prompter p = prompter("\u0003n\n\u0003y\n");
    assertThat(p.ask(QUESTION).kind()).isEqualTo(Prompter.Reply.Kind.INTERRUPT);
    assertThat(p.confirm("Leave the interview? [y/N] ")).isFalse();
    assertThat(p.ask(QUESTION).kind()).isEqualTo(Prompter.Reply.Kind.INTERRUPT);
    assertThat(p.confirm("Leave the interview? [y/N] ")).isTrue();
    assertThat(shown()).contains("Leave the interview? [y/N] ");
  }

  @Test
  void aSecondCtrlCOrCtrlDAtTheConfirmationMeansYes() throws Exception {
    Prompter p = prompter("\u0003\u0003");
    p.ask(QUESTION);
    assertThat(p.confirm("Leave? [y/N] ")).isTrue();
  }

  @Test
  void saysWrappedToTheTerminalAndShowsLinesAsTheyAre() throws Exception {
    Prompter p = prompter("a chatbot on our docs!\n");
    p.say("word ".repeat(40));
    p.show(List.of("  laid out   by a renderer"));
    assertThat(p.ask(new Prompter.Question(List.of(), "> ", List.of())))
        .isEqualTo(Prompter.Reply.line("a chatbot on our docs!"));
    assertThat(shown().lines().filter(l -> l.startsWith("word")).count()).isGreaterThan(1);
    assertThat(shown()).contains("  laid out   by a renderer\n");
  }
}
