package dev.aihire.cli;

import dev.aihire.interview.Input;
import dev.aihire.interview.Interview;
import dev.aihire.interview.InterviewResult;
import dev.aihire.model.Knowledge;
import dev.aihire.model.Question;
import dev.aihire.render.InterviewRenderer;
import dev.aihire.shell.JLinePrompter;
import dev.aihire.shell.Prompter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.IntSupplier;
import org.jline.terminal.Terminal;

/**
 * An interview between its state machine and a prompter. On a terminal a reply that is no answer is
 * explained and the question asked again; in a script it stops the run with the line that was
 * wrong, since guessing would misalign every later answer.
 */
final class InterviewConversation implements SessionDriver.Conversation {
  private final Interview interview;
  private final Prompter prompter;

  /** Laid out for the width of the moment: a terminal resized mid-interview re-wraps. */
  private InterviewRenderer text;

  private final IntFunction<InterviewRenderer> layout;
  private final IntSupplier width;
  private final SessionDriver.Script script;
  private boolean leftByInterrupt;
  private String shownFor;
  private Prompter.Question shown;

  InterviewConversation(
      Interview interview,
      Prompter prompter,
      IntFunction<InterviewRenderer> layout,
      IntSupplier width,
      SessionDriver.Script script) {
    this.interview = interview;
    this.prompter = prompter;
    this.layout = layout;
    this.width = width;
    this.text = layout.apply(width.getAsInt());
    this.script = script;
  }

  /** How an interview ended: its result (null: nothing to say), and whether by Ctrl-C. */
  record Outcome(InterviewResult result, boolean interrupted) {}

  /** The interview at a terminal, or on the answers of --answers or stdin when there are any. */
  static Outcome run(Context ctx, InterviewStart start, String answers) throws IOException {
    return answers != null || !ctx.io().stdinIsTerminal()
        ? new Outcome(scripted(ctx, start, answers), false)
        : interactive(ctx, start);
  }

  /** The interview on the answers of --answers or stdin; their messages go to stderr. */
  private static InterviewResult scripted(Context ctx, InterviewStart start, String answers)
      throws IOException {
    try (SessionDriver.Script script =
        SessionDriver.script(ctx, answers, ctx.io().err(), false, true)) {
      Interview interview = start.begin(start.need());
      script.run(
          new InterviewConversation(
              interview,
              script.prompter(),
              w -> new InterviewRenderer(ctx.style(), w),
              ctx::width,
              script));
      if (script.prompter().answered() == 0) {
        throw AppException.usage(
            "no answers in "
                + script.source()
                + "; give one a line (a"
                + " number, or skip, back, why), e.g. printf '1\\n3\\n' | aihire interview");
      }
      return interview.result();
    }
  }

  /** The interview at a terminal (prompts on stderr when stdout is not one). */
  private static Outcome interactive(Context ctx, InterviewStart start) {
    try (Terminal terminal = SessionDriver.terminal(ctx, ctx.io().err())) {
      JLinePrompter prompter = new JLinePrompter(terminal);
      String need = start.need();
      if (need == null) {
        prompter.say("A few questions find the AI or data role you need.");
        Prompter.Reply reply = askNeed(prompter);
        if (reply.kind() != Prompter.Reply.Kind.LINE) {
          prompter.say("Left the interview.");
          return new Outcome(null, reply.kind() == Prompter.Reply.Kind.INTERRUPT);
        }
        need = reply.line();
      }
      Interview interview = start.begin(need);
      InterviewRenderer text = new InterviewRenderer(ctx.style(), prompter.width());
      if (!need.isBlank()) {
        echoStart(prompter, text, interview, ctx.knowledge());
      }
      InterviewConversation c =
          new InterviewConversation(
              interview,
              prompter,
              w -> new InterviewRenderer(ctx.style(), w),
              prompter::width,
              null);
      SessionDriver.run(c, prompter);
      InterviewResult result = interview.result();
      // A typed need is something to go on: leaving before the first question still shows the
      // best guess from it, as leaving later does.
      if (interview.history().isEmpty() && result.ended().equals("left") && need.isBlank()) {
        prompter.say("Left the interview; nothing was answered.");
        return new Outcome(null, c.leftByInterrupt());
      }
      prompter.show(List.of(""));
      return new Outcome(result, c.leftByInterrupt());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Echoes what the typed need implies: the roles it already favours, at most two. */
  private static void echoStart(
      Prompter prompter, InterviewRenderer text, Interview interview, Knowledge knowledge) {
    double[] belief = interview.belief();
    double uniform = 1.0 / belief.length;
    List<Integer> order = new ArrayList<>();
    for (int r = 0; r < belief.length; r++) {
      order.add(r);
    }
    order.sort((a, b) -> Double.compare(belief[b], belief[a]));
    List<String> names = new ArrayList<>();
    List<Double> shares = new ArrayList<>();
    // A role that is not clearly above an even share is not something the need said.
    for (int r : order.subList(0, Math.min(2, order.size()))) {
      if (belief[r] > 1.5 * uniform) {
        names.add(knowledge.roles().get(r).name());
        shares.add(belief[r]);
      }
    }
    prompter.say(text.startingPoint(names, shares));
  }

  /** The optional starting description ("" skips it); END or INTERRUPT: leave. */
  private static Prompter.Reply askNeed(Prompter prompter) {
    while (true) {
      prompter.say(
          "Describe the need in your own words, or press Enter to go straight to the"
              + " questions:");
      Prompter.Reply reply = prompter.ask(new Prompter.Question(List.of(), "> ", List.of()));
      switch (reply.kind()) {
        case LINE:
          return reply;
        case INTERRUPT:
          if (prompter.confirm("Leave the interview? [y/N] ")) {
            return reply;
          }
          break;
        default:
          return reply;
      }
    }
  }

  /** Whether the person left with Ctrl-C (and a yes): the command then exits 130. */
  boolean leftByInterrupt() {
    return leftByInterrupt;
  }

  @Override
  public boolean over() {
    return interview.finished();
  }

  @Override
  public Prompter.Question question() {
    Question q = interview.current();
    int number = interview.asked() + 1;
    String key = number + " " + q.id();
    if (!key.equals(shownFor)) { // asked again after "why" or a typo: not shown again
      text = layout.apply(width.getAsInt()); // the width now, not at the start
      List<String> choices = q.answers().stream().map(Question.Answer::text).toList();
      List<Prompter.Completion> completions = new ArrayList<>();
      for (int i = 0; i < choices.size(); i++) {
        completions.add(new Prompter.Completion(String.valueOf(i + 1), choices.get(i)));
      }
      for (String word : List.of("skip", "back", "why")) {
        completions.add(new Prompter.Completion(word, null));
      }
      shown =
          new Prompter.Question(
              text.question(
                  number, interview.settings().maxQuestions(), q.text(), choices, shownFor == null),
              "answer> ",
              completions);
      shownFor = key;
    }
    return shown;
  }

  @Override
  public void reply(String line) {
    if (script == null && line.isBlank()) {
      return; // Enter alone at a terminal: the prompt again, no lecture
    }
    Question q = interview.current();
    Input input = Input.parse(line, q.answers().size());
    if (input instanceof Input.Choice c) {
      interview.answer(c.index());
    } else if (input instanceof Input.Skip) {
      interview.skip();
    } else if (input instanceof Input.Back) {
      if (!interview.back()) {
        prompter.say(text.nothingToGoBackTo());
      }
    } else if (input instanceof Input.Why) {
      prompter.say(text.why(interview.why()));
    } else if (input instanceof Input.Invalid bad) {
      if (script != null) {
        throw AppException.usage(
            script.source()
                + ":"
                + script.prompter().lineNumber()
                + ": '"
                + InterviewRenderer.quoted(line)
                + "' is not an answer to question "
                + (interview.asked() + 1)
                + " ("
                + q.id()
                + "); "
                + bad.message());
      }
      prompter.say(text.notAnAnswer(line, bad.message()));
    }
  }

  @Override
  public void interrupted() {
    if (prompter.confirm("Leave the interview? [y/N] ")) {
      leftByInterrupt = true;
      interview.leave();
    }
  }

  @Override
  public void ended() {
    interview.leave();
  }
}
