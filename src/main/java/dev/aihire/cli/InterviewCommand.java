package dev.aihire.cli;

import dev.aihire.interview.Interview;
import dev.aihire.interview.InterviewResult;
import dev.aihire.interview.InterviewSession;
import dev.aihire.interview.Prompter;
import dev.aihire.interview.ScriptedPrompter;
import dev.aihire.interview.Settings;
import dev.aihire.model.Knowledge;
import dev.aihire.render.InterviewRenderer;
import dev.aihire.render.InterviewJson;
import dev.aihire.render.Json;
import dev.aihire.render.Text;
import dev.aihire.shell.JLinePrompter;
import dev.aihire.shell.Terminals;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import org.jline.terminal.Terminal;
import org.jline.utils.WriterOutputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code aihire interview}: a few questions that find the role to hire. */
@Command(name = "interview", mixinStandardHelpOptions = true,
    description = {"A guided interview: a few multiple-choice questions that find the role to"
        + " hire, each chosen to best separate the roles still in play.", "",
        "Answer with a number (or letter); 'skip' passes, 'back' undoes the last answer, 'why'"
            + " explains the question. On a terminal: Tab completes, Ctrl-C cancels the question,"
            + " Ctrl-D leaves.", "",
        "Examples:",
        "  aihire interview",
        "  aihire interview --start \"we want a chatbot on our docs\"",
        "  printf '1\\n2\\n1\\n' | aihire interview --format json",
        "  aihire interview --answers answers.txt"})
final class InterviewCommand implements Callable<Integer> {
  @ParentCommand RootCommand root;

  @Option(names = "--answers", paramLabel = "FILE|-",
      description = "Scripted answers, one a line: a number or letter, or skip, back, why."
          + " Without it, answers are read from stdin when stdin is not a terminal.")
  String answers;

  @Option(names = "--max-questions", paramLabel = "N",
      description = "Ask at most N questions (default ${DEFAULT-VALUE}).")
  int maxQuestions = Settings.DEFAULT_MAX_QUESTIONS;

  @Option(names = "--start", paramLabel = "TEXT",
      description = "Describe the need first, in your own words; the answers start from there."
          + " On a terminal you are asked for it (Enter skips).")
  String start;

  /** The interview with default options, e.g. for plain {@code aihire} on a terminal. */
  static InterviewCommand withDefaults(RootCommand root) {
    InterviewCommand c = new InterviewCommand();
    c.root = root;
    return c;
  }

  @Override
  public Integer call() {
    if (maxQuestions < 1 || maxQuestions > 100) {
      throw AppException.usage("--max-questions must be from 1 to 100, not " + maxQuestions);
    }
    Knowledge knowledge = root.knowledge();
    if (knowledge.questions().isEmpty()) {
      throw AppException.usage("the knowledge file has no interview questions (a 'questions:'"
          + " section); try 'aihire recommend TEXT' instead");
    }
    Settings settings = Settings.defaults().withMaxQuestions(maxQuestions);
    Io io = root.io();
    InterviewResult result;
    try {
      result = answers != null || !io.stdinIsTerminal()
          ? scripted(knowledge, settings, io) : interactive(knowledge, settings, io);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (result == null) {
      return ExitCode.OK; // left before the first answer: nothing to say
    }
    if (root.format() == Format.json) {
      Json.writePretty(io.out(), InterviewJson.of(result));
    } else {
      new InterviewRenderer(root.style(), root.width()).render(result, io.out());
    }
    return ExitCode.OK;
  }

  private InterviewResult scripted(Knowledge knowledge, Settings settings, Io io)
      throws IOException {
    String source = answers == null || answers.equals("-") ? "stdin" : answers;
    BufferedReader in;
    if (source.equals("stdin")) {
      in = new BufferedReader(new InputStreamReader(io.in(), StandardCharsets.UTF_8));
    } else {
      in = new BufferedReader(new InputStreamReader(
          InputFiles.open("--answers", answers, "a file of answers"), StandardCharsets.UTF_8));
    }
    try (BufferedReader closing = in) {
      ScriptedPrompter prompter = new ScriptedPrompter(closing, io.err(), source);
      InterviewResult result = InterviewSession.run(
          Interview.start(knowledge, settings, start), prompter);
      if (prompter.answered() == 0) {
        throw AppException.usage("no answers in " + source + "; give one a line (a number, or"
            + " skip, back, why), e.g. printf '1\\n3\\n' | aihire interview");
      }
      return result;
    } catch (ScriptedPrompter.BadScript e) {
      throw AppException.usage(Text.safe(e.getMessage()));
    }
  }

  /** Creates the terminal here and only here: no other command talks to one. */
  private InterviewResult interactive(Knowledge knowledge, Settings settings, Io io)
      throws IOException {
    try (Terminal terminal = open(io)) {
      Prompter prompter = new JLinePrompter(terminal, root.style());
      String need = start;
      if (need == null) {
        prompter.say("A few questions find the AI or data role you need.");
        need = askStart(prompter);
        if (need == null) {
          prompter.say("Left the interview.");
          return null;
        }
      }
      Interview interview = Interview.start(knowledge, settings, need);
      InterviewResult result = InterviewSession.run(interview, prompter);
      if (interview.history().isEmpty() && result.ended().equals("left")) {
        prompter.say("Left the interview; nothing was answered.");
        return null;
      }
      terminal.writer().println();
      terminal.flush();
      return result;
    }
  }

  /** The optional starting description; "" to skip it, null to leave. */
  private static String askStart(Prompter prompter) {
    while (true) {
      Prompter.Reply reply = prompter.askText("Describe the need in your own words, or press"
          + " Enter to go straight to the questions:");
      switch (reply.kind()) {
        case LINE:
          return reply.line();
        case INTERRUPT:
          if (prompter.confirmLeave()) {
            return null;
          }
          break;
        default:
          return null;
      }
    }
  }

  /**
   * The process's terminal when stdin is the process's stdin; otherwise (tests) a dumb terminal
   * over the given streams, prompting on stderr so that stdout carries only the answer.
   */
  private static Terminal open(Io io) throws IOException {
    if (io.in() == System.in) {
      return Terminals.system(io.stdoutIsTerminal());
    }
    return Terminals.dumb(io.in(), new WriterOutputStream(io.err(), StandardCharsets.UTF_8));
  }
}
