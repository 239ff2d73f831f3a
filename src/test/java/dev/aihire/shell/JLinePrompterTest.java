package dev.aihire.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aihire.interview.Prompter;
import dev.aihire.render.Style;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.junit.jupiter.api.Test;

/** The terminal prompter on JLine's dumb terminal, fed keystrokes as bytes. */
class JLinePrompterTest {
  static final Prompter.Asked QUESTION = new Prompter.Asked(1, 6, "main-goal",
      "Which sentence comes closest to the reason you want to hire?",
      List.of("Build on an existing model.", "Train a new model.", "Insights from data."));

  final ByteArrayOutputStream out = new ByteArrayOutputStream();

  Prompter prompter(String keys) throws Exception {
    Terminal t = Terminals.dumb(
        new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)), out);
    // Like a real tty: Ctrl-C raises SIGINT (the dumb terminal's defaults leave ISIG off). Every
    // signal key needs a value: an unset one is -1, which end of input would match forever.
    Attributes a = t.getAttributes();
    a.setLocalFlag(Attributes.LocalFlag.ISIG, true);
    a.setControlChar(Attributes.ControlChar.VINTR, 3);
    a.setControlChar(Attributes.ControlChar.VQUIT, 28);
    a.setControlChar(Attributes.ControlChar.VSUSP, 26);
    a.setControlChar(Attributes.ControlChar.VSTATUS, 20);
    t.setAttributes(a);
    return new JLinePrompter(t, Style.plain());
  }

  String shown() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void showsTheQuestionWithNumberedChoicesAndReturnsTheTypedLine() throws Exception {
    Prompter p = prompter("2\n");
    Prompter.Reply reply = p.ask(QUESTION);
    assertThat(reply).isEqualTo(Prompter.Reply.line("2"));
    assertThat(shown()).contains("Question 1 (at most 6)")
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
  void ctrlDIsTheEndOfInput() throws Exception {
    assertThat(prompter("").ask(QUESTION).kind()).isEqualTo(Prompter.Reply.Kind.EOF);
    assertThat(prompter("\u0004").ask(QUESTION).kind()).isEqualTo(Prompter.Reply.Kind.EOF);
  }

  @Test
  void ctrlCIsAnInterruptAndLeavingAsksForAYes() throws Exception {
    Prompter p = prompter("\u0003n\n\u0003y\n");
    assertThat(p.ask(QUESTION).kind()).isEqualTo(Prompter.Reply.Kind.INTERRUPT);
    assertThat(p.confirmLeave()).isFalse();
    assertThat(p.ask(QUESTION).kind()).isEqualTo(Prompter.Reply.Kind.INTERRUPT);
    assertThat(p.confirmLeave()).isTrue();
    assertThat(shown()).contains("Leave the interview? [y/N] ");
  }

  @Test
  void aSecondCtrlCOrCtrlDAtTheLeaveQuestionLeaves() throws Exception {
    Prompter p = prompter("\u0003\u0003");
    p.ask(QUESTION);
    assertThat(p.confirmLeave()).isTrue();
  }

  @Test
  void saysAndAsksForTextWrappedToTheTerminal() throws Exception {
    Prompter p = prompter("a chatbot on our docs!\n");
    p.say("word ".repeat(40));
    assertThat(p.askText("Describe the need:")).isEqualTo(Prompter.Reply.line(
        "a chatbot on our docs!"));
    assertThat(shown().lines().filter(l -> l.startsWith("word")).count()).isGreaterThan(1);
  }
}
