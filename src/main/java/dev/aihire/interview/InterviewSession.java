package dev.aihire.interview;

import dev.aihire.model.Question;

/** Runs an {@link Interview} to its end through a {@link Prompter}. */
public final class InterviewSession {
  private InterviewSession() {}

  public static InterviewResult run(Interview interview, Prompter prompter) {
    while (!interview.finished()) {
      Question q = interview.current();
      Prompter.Asked asked = new Prompter.Asked(interview.asked() + 1,
          interview.settings().maxQuestions(), q.id(), q.text(),
          q.answers().stream().map(Question.Answer::text).toList());
      Prompter.Reply reply = prompter.ask(asked);
      switch (reply.kind()) {
        case EOF -> interview.leave();
        case INTERRUPT -> {
          if (prompter.confirmLeave()) {
            interview.leave();
          }
        }
        case LINE -> apply(interview, prompter, asked, reply.line());
        default -> throw new IllegalStateException(reply.kind().toString());
      }
    }
    return interview.result();
  }

  private static void apply(Interview interview, Prompter prompter, Prompter.Asked asked,
      String line) {
    Input input = Input.parse(line, asked.choices().size());
    if (input instanceof Input.Choice c) {
      interview.answer(c.index());
    } else if (input instanceof Input.Skip) {
      interview.skip();
    } else if (input instanceof Input.Back) {
      if (!interview.back()) {
        prompter.say("This is the first question; there is nothing to go back to.");
      }
    } else if (input instanceof Input.Why) {
      Explanation why = interview.why();
      prompter.say("Why this question: " + why.why() + " " + why.separatesSentence());
    } else if (input instanceof Input.Invalid bad) {
      prompter.invalid(asked, line, bad.message());
    }
  }
}
