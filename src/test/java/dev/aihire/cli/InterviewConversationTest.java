package dev.aihire.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aihire.compiled.KnowledgeStore;
import dev.aihire.interview.Interview;
import dev.aihire.interview.Settings;
import dev.aihire.model.Knowledge;
import dev.aihire.render.InterviewRenderer;
import dev.aihire.render.Style;
import dev.aihire.shell.BoundedLines;
import dev.aihire.shell.Prompter;
import dev.aihire.shell.Prompter.Reply;
import dev.aihire.shell.ScriptedPrompter;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The interview driven by the one session loop, with a fake prompter and a scripted one. */
class InterviewConversationTest {
  static Knowledge knowledge;

  @BeforeAll
  static void load() throws Exception {
    knowledge = KnowledgeStore.bundled().knowledge();
  }

  static Interview fresh() {
    return Interview.start(knowledge, Settings.defaults());
  }

  static Interview play(Prompter p) {
    Interview interview = fresh();
    SessionDriver.run(
        new InterviewConversation(
            interview, p, w -> new InterviewRenderer(Style.plain(), w), () -> 80, null),
        p);
    return interview;
  }

  static SessionDriver.Script script(String text, StringWriter messages) {
    InputStream in = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    return new SessionDriver.Script(
        new ScriptedPrompter(new BoundedLines(in, 1024), new PrintWriter(messages), false, true),
        "answers.txt",
        in);
  }

  @Test
  void theEndLeavesWithTheBeliefSoFar() {
    FakePrompter p = FakePrompter.typing("1");
    Interview interview = play(p);
    assertThat(interview.result().ended()).isEqualTo("left");
    assertThat(interview.result().trail()).hasSize(1);
    assertThat(p.asked).hasSize(2);
    assertThat(p.asked.get(0).lines())
        .contains("Question 1 (at most " + Settings.DEFAULT_MAX_QUESTIONS + ")");
    assertThat(p.asked.get(1).lines())
        .contains("Question 2 (at most " + Settings.DEFAULT_MAX_QUESTIONS + ")");
    assertThat(p.asked.get(0).completions())
        .extracting(Prompter.Completion::value)
        .contains("1", "skip", "back", "why");
  }

  @Test
  void anInterruptAsksWhetherToLeaveAndNoGoesOnWithTheSameQuestion() {
    FakePrompter p = new FakePrompter(Reply.interrupt(), Reply.line("2"));
    p.confirms.add(false);
    Interview interview = play(p);
    assertThat(p.asked.get(1)).isSameAs(p.asked.get(0));
    assertThat(interview.result().trail()).hasSize(1);
  }

  @Test
  void anInterruptAndYesLeaves() {
    FakePrompter p = new FakePrompter(Reply.interrupt(), Reply.line("2"));
    p.confirms.add(true);
    Interview interview = play(p);
    assertThat(p.asked).hasSize(1);
    assertThat(interview.result().trail()).isEmpty();
    assertThat(interview.result().ended()).isEqualTo("left");
  }

  @Test
  void leavingWithCtrlCIsMarkedInterruptedAndCtrlDIsNot() {
    FakePrompter byCtrlC = new FakePrompter(Reply.interrupt());
    byCtrlC.confirms.add(true);
    InterviewConversation c =
        new InterviewConversation(
            fresh(), byCtrlC, w -> new InterviewRenderer(Style.plain(), w), () -> 80, null);
    SessionDriver.run(c, byCtrlC);
    assertThat(c.leftByInterrupt()).isTrue();

    FakePrompter byCtrlD = FakePrompter.typing("1");
    InterviewConversation d =
        new InterviewConversation(
            fresh(), byCtrlD, w -> new InterviewRenderer(Style.plain(), w), () -> 80, null);
    SessionDriver.run(d, byCtrlD);
    assertThat(d.leftByInterrupt()).isFalse();
  }

  @Test
  void anEmptyEnterAtATerminalAsksAgainWithoutAWord() {
    FakePrompter p = FakePrompter.typing("", "  ", "1");
    Interview interview = play(p);
    assertThat(p.said).isEmpty();
    assertThat(p.asked.subList(0, 3)).allSatisfy(q -> assertThat(q).isSameAs(p.asked.get(0)));
    assertThat(interview.result().trail()).hasSize(1);
  }

  @Test
  void eachNewQuestionIsLaidOutForTheWidthOfTheMoment() {
    int[] width = {60};
    FakePrompter p = FakePrompter.typing();
    InterviewConversation c =
        new InterviewConversation(
            fresh(), p, w -> new InterviewRenderer(Style.plain(), w), () -> width[0], null);
    List<String> first = c.question().lines();
    width[0] = 160; // the terminal was resized while the person read
    c.reply("1");
    List<String> second = c.question().lines();
    assertThat(first).allSatisfy(l -> assertThat(l.length()).isLessThan(60));
    assertThat(second.stream().mapToInt(String::length).max().orElse(0)).isGreaterThan(60);
  }

  @Test
  void whyBackAndNonsenseAreAnsweredWithoutMovingOn() {
    FakePrompter p = FakePrompter.typing("why", "back", "maybe", "1", "back");
    play(p);
    assertThat(p.said).hasSize(3);
    assertThat(p.said.get(0)).startsWith("Why this question: ").contains("Right now it separates");
    assertThat(p.said.get(1)).contains("nothing to go back to");
    assertThat(p.said.get(2)).contains("'maybe' is not an answer").contains("skip, back or why");
    // Questions 1-4 are the same question; "back" after answering it asks it once more.
    assertThat(p.asked.subList(0, 4)).allSatisfy(q -> assertThat(q).isSameAs(p.asked.get(0)));
    assertThat(p.asked.get(5).lines())
        .isEqualTo(
            p.asked.get(0).lines().stream().filter(l -> !l.startsWith("Type a number")).toList());
  }

  @Test
  void aLongBadReplyIsCutInTheMessage() {
    FakePrompter p = FakePrompter.typing("x".repeat(10_000));
    play(p);
    assertThat(p.said.get(0))
        .startsWith("'" + "x".repeat(40) + "\u2026' is not an answer")
        .hasSizeLessThan(200);
  }

  @Test
  void aScriptIgnoresBlankAndCommentLinesAndSendsWhyToItsMessages() {
    StringWriter messages = new StringWriter();
    SessionDriver.Script s = script("# for the chatbot\n\n1\nwhy\n  1  \n", messages);
    Interview interview = fresh();
    s.run(
        new InterviewConversation(
            interview, s.prompter(), w -> new InterviewRenderer(Style.plain(), w), () -> 80, s));
    assertThat(interview.result().trail()).hasSize(2);
    assertThat(s.prompter().answered()).isEqualTo(3);
    assertThat(messages.toString()).startsWith("Why this question: ");
  }

  @Test
  void aScriptLineThatIsNotAnAnswerStopsTheRunWithItsLineNumber() {
    SessionDriver.Script s = script("1\n\n42\n", new StringWriter());
    assertThatThrownBy(
            () ->
                s.run(
                    new InterviewConversation(
                        fresh(),
                        s.prompter(),
                        w -> new InterviewRenderer(Style.plain(), w),
                        () -> 80,
                        s)))
        .isInstanceOf(AppException.class)
        .hasMessageStartingWith("answers.txt:3: '42' is not an answer to question 2 (")
        .hasMessageContaining("skip, back or why");
  }
}
