package dev.aihire.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aihire.compiled.KnowledgeStore;
import dev.aihire.model.Knowledge;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The driver between the state machine and a prompter, with a prompter that plays a script. */
class InterviewSessionTest {
  static Knowledge knowledge;

  @BeforeAll
  static void load() throws Exception {
    knowledge = KnowledgeStore.bundled().knowledge();
  }

  /** Replies in order; records what it was asked and told. */
  static final class FakePrompter implements Prompter {
    final Deque<Reply> replies = new ArrayDeque<>();
    final List<Asked> asked = new ArrayList<>();
    final List<String> said = new ArrayList<>();
    final Deque<Boolean> leave = new ArrayDeque<>();

    FakePrompter(Reply... replies) {
      this.replies.addAll(List.of(replies));
    }

    @Override
    public Reply ask(Asked question) {
      asked.add(question);
      return replies.isEmpty() ? Reply.eof() : replies.poll();
    }

    @Override
    public Reply askText(String prompt) {
      return Reply.eof();
    }

    @Override
    public boolean confirmLeave() {
      return leave.isEmpty() || leave.poll();
    }

    @Override
    public void say(String message) {
      said.add(message);
    }
  }

  static Interview fresh() {
    return Interview.start(knowledge, Settings.defaults());
  }

  @Test
  void endOfInputLeavesWithTheBeliefSoFar() {
    FakePrompter p = new FakePrompter(Prompter.Reply.line("1"));
    InterviewResult result = InterviewSession.run(fresh(), p);
    assertThat(result.ended()).isEqualTo("left");
    assertThat(result.trail()).hasSize(1);
    assertThat(p.asked).hasSize(2);
    assertThat(p.asked.get(0).number()).isEqualTo(1);
    assertThat(p.asked.get(1).number()).isEqualTo(2);
    assertThat(p.asked.get(0).max()).isEqualTo(Settings.DEFAULT_MAX_QUESTIONS);
  }

  @Test
  void anInterruptAsksWhetherToLeaveAndNoGoesOnWithTheSameQuestion() {
    FakePrompter p = new FakePrompter(Prompter.Reply.interrupt(), Prompter.Reply.line("2"));
    p.leave.add(false);
    InterviewResult result = InterviewSession.run(fresh(), p);
    assertThat(p.asked.get(1).questionId()).isEqualTo(p.asked.get(0).questionId());
    assertThat(result.trail()).hasSize(1);
  }

  @Test
  void anInterruptAndYesLeaves() {
    FakePrompter p = new FakePrompter(Prompter.Reply.interrupt(), Prompter.Reply.line("2"));
    p.leave.add(true);
    InterviewResult result = InterviewSession.run(fresh(), p);
    assertThat(p.asked).hasSize(1);
    assertThat(result.trail()).isEmpty();
    assertThat(result.ended()).isEqualTo("left");
  }

  @Test
  void whyBackAndNonsenseAreAnsweredWithoutMovingOn() {
    FakePrompter p = new FakePrompter(Prompter.Reply.line("why"), Prompter.Reply.line("back"),
        Prompter.Reply.line("maybe"), Prompter.Reply.line("1"), Prompter.Reply.line("back"));
    InterviewSession.run(fresh(), p);
    assertThat(p.said).hasSize(3);
    assertThat(p.said.get(0)).startsWith("Why this question: ").contains("Right now it separates");
    assertThat(p.said.get(1)).contains("nothing to go back to");
    assertThat(p.said.get(2)).contains("'maybe' is not an answer").contains("skip, back or why");
    // Questions 1-4 are the same question; "back" after answering it asks it once more.
    assertThat(p.asked.stream().map(Prompter.Asked::questionId).distinct()).hasSize(2);
    assertThat(p.asked.get(5).questionId()).isEqualTo(p.asked.get(0).questionId());
  }

  @Test
  void aScriptIgnoresBlankAndCommentLinesAndSendsWhyToItsMessages() {
    StringWriter messages = new StringWriter();
    ScriptedPrompter p = new ScriptedPrompter(new BufferedReader(new StringReader(
        "# for the chatbot\n\n1\nwhy\n  1  \n")), new PrintWriter(messages), "answers.txt");
    InterviewResult result = InterviewSession.run(fresh(), p);
    assertThat(result.trail()).hasSize(2);
    assertThat(p.answered()).isEqualTo(3);
    assertThat(messages.toString()).startsWith("Why this question: ");
  }

  @Test
  void aScriptLineThatIsNotAnAnswerStopsTheRunWithItsLineNumber() {
    ScriptedPrompter p = new ScriptedPrompter(new BufferedReader(new StringReader(
        "1\n\n42\n")), new PrintWriter(new StringWriter()), "answers.txt");
    assertThatThrownBy(() -> InterviewSession.run(fresh(), p))
        .isInstanceOf(ScriptedPrompter.BadScript.class)
        .hasMessageStartingWith("answers.txt:3: '42' is not an answer to question 2 (")
        .hasMessageContaining("skip, back or why");
  }
}
