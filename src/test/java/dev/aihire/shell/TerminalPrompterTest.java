package dev.aihire.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aihire.engine.quiz.Kind;
import dev.aihire.engine.quiz.Quiz;
import dev.aihire.engine.quiz.QuizQuestion;
import dev.aihire.engine.quiz.QuizResult;
import dev.aihire.engine.quiz.QuizSession;
import dev.aihire.engine.quiz.Topic;
import dev.aihire.render.QuizRenderer;
import dev.aihire.render.Style;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The terminal session through JLine's dumb terminal: what a person types, what they see. */
@Timeout(20) // a terminal that waits for input must fail the test, not hang the build
class TerminalPrompterTest {
  static final Quiz QUIZ = new Quiz(7, List.of(
      question("q1", "Who ships the chatbot?", List.of("AI Engineer", "ML Researcher",
          "Data Analyst"), 0),
      question("q2", "Which term is a lookup before answering?", List.of("Fine-tuning", "RAG",
          "LoRA", "Drift"), 1),
      question("q3", "Who builds the dashboards?", List.of("Data Analyst", "ML Engineer"), 0)));

  static QuizQuestion question(String id, String text, List<String> choices, int answer) {
    return new QuizQuestion(id, Kind.HAND_WRITTEN, Topic.ROLES, text, choices, answer,
        "The answer is " + choices.get(answer) + ".", List.of("aihire roles x"));
  }

  record Session(QuizResult result, String screen) {}

  static Session type(String keys, Integer pass) throws IOException {
    return type(keys, pass, false);
  }

  /**
   * With {@code ttyKeys}, Ctrl-C and Ctrl-D act as on a real tty (JLine's dumb terminal starts
   * with them off). Then the keys must not run out: with those settings on, JLine 3.30.16's dumb
   * terminal waits forever at the end of its input stream instead of reporting it.
   */
  static Session type(String keys, Integer pass, boolean ttyKeys) throws IOException {
    ByteArrayOutputStream screen = new ByteArrayOutputStream();
    try (Terminal t = new DumbTerminal("test", Terminal.TYPE_DUMB,
        new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)), screen,
        StandardCharsets.UTF_8)) {
      if (ttyKeys) {
        Attributes a = t.getAttributes();
        a.setLocalFlag(Attributes.LocalFlag.ISIG, true);
        a.setControlChar(Attributes.ControlChar.VINTR, 3);
        a.setControlChar(Attributes.ControlChar.VEOF, 4);
        t.setAttributes(a);
      }
      QuizResult r = QuizSession.run(QUIZ, new TerminalPrompter(t,
          new QuizRenderer(Style.plain(), 80), "aihire quiz --seed 7"), true, pass);
      t.flush();
      return new Session(r, screen.toString(StandardCharsets.UTF_8));
    }
  }

  @Test
  void aWholeQuizWithFeedbackAndTheRunningScore() throws IOException {
    Session s = type("a\nc\na\n", 60);
    assertThat(s.result().score()).isEqualTo(2);
    assertThat(s.result().passed()).isTrue();
    assertThat(s.screen())
        .contains("Question 1 of 3 \u00b7 roles", "Who ships the chatbot?", "  a) AI Engineer",
            "Your answer (a-c): ", "Right.", "Score: 1/1 (2 to go)",
            "Your answer (a-d): ", "Wrong: the answer is b) RAG", "The answer is RAG.",
            "Score: 2 of 3 right (66%): passed the pass mark of 60%",
            "The same quiz again: aihire quiz --seed 7")
        .doesNotContain("Stopped");
  }

  @Test
  void aMistypedAnswerIsAskedAgainNotCounted() throws IOException {
    Session s = type("x\ne\nA\n", null);
    assertThat(s.screen()).contains("'x' is not one of a-c: type a letter, or Ctrl-D to stop.",
        "'e' is not one of a-c");
    // The question is not shown again, only the prompt.
    assertThat(s.screen().split("Who ships the chatbot", -1)).hasSize(2);
    assertThat(s.result().answered()).isEqualTo(1);
    assertThat(s.result().score()).isEqualTo(1);
  }

  @Test
  void endOfInputMidQuizEndsCleanlyWithTheScoreSoFar() throws IOException {
    Session s = type("a\n", null);
    assertThat(s.result().answered()).isEqualTo(1);
    assertThat(s.screen()).contains("Question 2 of 3",
        "Stopped after 1 of 3 questions; the other 2 count as unanswered.",
        "Score: 1 of 3 right (33%)");
  }

  @Test
  void ctrlDMidQuizEndsLikeEndOfInput() throws IOException {
    Session s = type("a\n\u0004\nb\nc\nd\n", 50, true);
    assertThat(s.result().answered()).isEqualTo(1);
    assertThat(s.result().passed()).isFalse();
    assertThat(s.screen()).contains("Stopped after 1 of 3 questions",
        "below the pass mark of 50%").doesNotContain("is not one of");
  }

  @Test
  void ctrlCMidQuizEndsCleanlyToo() throws IOException {
    Session s = type("a\n\u0003\nb\nc\nd\n", null, true);
    assertThat(s.result().answered()).isEqualTo(1);
    assertThat(s.screen()).contains("Stopped after 1 of 3 questions")
        .doesNotContain("is not one of");
  }
}
