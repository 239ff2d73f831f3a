package dev.aihire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aihire.engine.quiz.Kind;
import dev.aihire.engine.quiz.Quiz;
import dev.aihire.engine.quiz.QuizQuestion;
import dev.aihire.engine.quiz.QuizResult;
import dev.aihire.engine.quiz.QuizSession;
import dev.aihire.engine.quiz.Study;
import dev.aihire.engine.quiz.Topic;
import dev.aihire.render.QuizRenderer;
import dev.aihire.render.Style;
import dev.aihire.shell.JLinePrompter;
import dev.aihire.shell.Prompter;
import dev.aihire.shell.Prompter.Reply;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The quiz driven by the one session loop: a person who retypes, a script that cannot. */
@Timeout(20) // a terminal that waits for input must fail the test, not hang the build
class QuizConversationTest {
  static final Quiz QUIZ =
      new Quiz(
          7,
          List.of(
              question(
                  "q1",
                  "Who ships the chatbot?",
                  List.of("AI Engineer", "ML Researcher", "Data Analyst"),
                  0),
              question(
                  "q2",
                  "Which term is a lookup before answering?",
                  List.of("Fine-tuning", "RAG", "LoRA", "Drift"),
                  1),
              question(
                  "q3", "Who builds the dashboards?", List.of("Data Analyst", "ML Engineer"), 0)));

  final StringWriter err = new StringWriter();
  final Context ctx =
      new Context(
          new Io(
              new PrintWriter(new StringWriter()),
              new PrintWriter(err),
              new ByteArrayInputStream(new byte[0]),
              Map.of(),
              false,
              false),
          new Globals(null, Format.text, ColorMode.never, false));

  static QuizQuestion question(String id, String text, List<String> choices, int answer) {
    return new QuizQuestion(
        id,
        Kind.HAND_WRITTEN,
        Topic.ROLES,
        text,
        choices,
        answer,
        "The answer is " + choices.get(answer) + ".",
        List.of(Study.role("x")));
  }

  QuizResult play(FakePrompter p, boolean person) {
    QuizSession s = new QuizSession(QUIZ);
    SessionDriver.run(
        new QuizConversation(
            ctx, s, p, new QuizRenderer(Style.plain(), 80), () -> 80, person, !person),
        p);
    return s.result(null);
  }

  @Test
  void aPersonWhoTypesSomethingElseIsAskedAgainWithoutTheQuestionShownAgain() {
    FakePrompter p = FakePrompter.typing("x", "", "a", "a", "a");
    QuizResult r = play(p, true);
    assertThat(r.answered()).isEqualTo(3);
    assertThat(r.score()).isEqualTo(2);
    assertThat(p.screen)
        .contains(
            "'x' is not one of a-c: type a letter, or Ctrl-D to stop.",
            "Right.",
            "Wrong: the answer is b) RAG");
    assertThat(p.asked.get(0)).isSameAs(p.asked.get(2)); // the same question, not shown again
    assertThat(p.asked.get(0).prompt()).isEqualTo("Your answer (a-c): ");
  }

  @Test
  void aScriptLineThatIsNotALetterCountsAsWrongWithANote() {
    FakePrompter p = FakePrompter.typing("e", "b", "hello");
    QuizResult r = play(p, false);
    assertThat(r.answered()).isEqualTo(3);
    assertThat(r.score()).isEqualTo(1);
    assertThat(p.screen).contains("Answer: e", "Answer: hello");
    assertThat(err.toString())
        .contains(
            "aihire: question 1: 'e' is not one of a-c; counted as" + " wrong",
            "aihire: question 3: 'hello' is not one of a-b");
  }

  @Test
  void anInterruptOrTheEndStopsWithTheScoreSoFar() {
    QuizResult r =
        play(new FakePrompter(Reply.line("a"), Reply.interrupt(), Reply.line("b")), true);
    assertThat(r.answered()).isEqualTo(1);
    assertThat(r.stoppedEarly()).isTrue();
    assertThat(play(FakePrompter.typing("a"), true).answered()).isEqualTo(1);
  }

  @Test
  void atATerminalTabOffersTheLettersAndAnEmptyEnterAsksAgainQuietly() {
    FakePrompter p = FakePrompter.typing("", "a");
    QuizSession s = new QuizSession(QUIZ);
    SessionDriver.run(
        new QuizConversation(ctx, s, p, new QuizRenderer(Style.plain(), 80), () -> 80, true, false),
        p);
    assertThat(p.asked.get(0).completions())
        .extracting(Prompter.Completion::value)
        .startsWith("a", "b");
    assertThat(p.asked.get(1)).isSameAs(p.asked.get(0));
    assertThat(p.screen).noneMatch(l -> l.contains("is not one of"));
    assertThat(s.result(null).answered()).isEqualTo(1);
  }

  /** With tty keys, Ctrl-C and Ctrl-D act as on a real tty on JLine's dumb terminal. */
  @Test
  void aWholeQuizAtATerminalWithCtrlDMidway() throws IOException {
    ByteArrayOutputStream screen = new ByteArrayOutputStream();
    QuizSession s = new QuizSession(QUIZ);
    try (Terminal t =
        new DumbTerminal(
            "test",
            Terminal.TYPE_DUMB,
            new ByteArrayInputStream("x\na\nc\n\u0004\nb\n".getBytes(StandardCharsets.UTF_8)),
            screen,
            StandardCharsets.UTF_8)) {
      Attributes a = t.getAttributes();
      a.setLocalFlag(Attributes.LocalFlag.ISIG, true);
      a.setControlChar(Attributes.ControlChar.VINTR, 3);
      a.setControlChar(Attributes.ControlChar.VEOF, 4);
      t.setAttributes(a);
      JLinePrompter p = new JLinePrompter(t);
      SessionDriver.run(
          new QuizConversation(
              ctx, s, p, new QuizRenderer(Style.plain(), 80), () -> 80, true, false),
          p);
      t.flush();
    }
    assertThat(s.result(null).answered()).isEqualTo(2);
    assertThat(screen.toString(StandardCharsets.UTF_8))
        .contains(
            "Question 1 of 3 \u00b7 roles",
            "Who ships the chatbot?",
            "  a) AI Engineer",
            "Your answer (a-c): ",
            "'x' is not one of a-c",
            "Right.",
            "Score: 1/1 (2 to go)",
            "Your answer (a-d): ",
            "Wrong: the answer is b) RAG",
            "Question 3 of 3");
  }
}
