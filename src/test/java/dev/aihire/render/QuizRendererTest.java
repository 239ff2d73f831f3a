package dev.aihire.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aihire.engine.quiz.Graded;
import dev.aihire.engine.quiz.Kind;
import dev.aihire.engine.quiz.QuizQuestion;
import dev.aihire.engine.quiz.QuizSession.Progress;
import dev.aihire.engine.quiz.Study;
import dev.aihire.engine.quiz.Topic;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuizRendererTest {
  static final QuizQuestion Q =
      new QuizQuestion(
          "q",
          Kind.TERM_FOR_DEFINITION,
          Topic.GLOSSARY,
          "Which term does this describe? \u201cLooking things up before answering.\u201d",
          List.of("Fine-tuning", "RAG"),
          1,
          "That is RAG. Example: an HR bot.",
          List.of(Study.term("rag")));

  static Graded graded(String typed) {
    return Graded.of(Q, typed);
  }

  @Test
  void colourIsAddedAfterWrappingSoNoEscapeCodeIsMangled() {
    QuizRenderer r = new QuizRenderer(new Style(true), 80);
    List<String> right = r.feedback(graded("b"), new Progress(1, 1, 1));
    assertThat(right.get(0)).isEqualTo("\u001b[32mRight.\u001b[0m");
    List<String> wrong = r.feedback(graded("a"), new Progress(0, 1, 1));
    assertThat(wrong.get(0)).isEqualTo("\u001b[31mWrong:\u001b[0m the answer is b) RAG");
    assertThat(String.join("\n", wrong)).doesNotContain("?[");
    assertThat(r.question(Q, 1, 1)).contains("  b) RAG");
  }

  @Test
  void anAnswerThatIsNotALetterIsShownSafely() {
    QuizRenderer r = new QuizRenderer(Style.plain(), 80);
    assertThat(r.retry(graded("\u001b[2J")))
        .isEqualTo("'?[2J' is not one of a-b: type a letter, or Ctrl-D to stop.");
  }

  @Test
  void eachStudyPointerIsTheCommandThatShowsIt() {
    assertThat(QuizRenderer.command(Study.term("rag"))).isEqualTo("aihire glossary rag");
    assertThat(QuizRenderer.command(Study.role("ml-engineer")))
        .isEqualTo("aihire roles ml-engineer");
    assertThat(QuizRenderer.command(Study.list(Topic.GLOSSARY))).isEqualTo("aihire glossary");
    assertThat(QuizRenderer.command(Study.list(Topic.ROLES))).isEqualTo("aihire roles");
    assertThat(QuizRenderer.command(Study.list(Topic.RED_FLAGS))).isEqualTo("aihire roles");
  }
}
