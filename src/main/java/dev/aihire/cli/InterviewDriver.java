package dev.aihire.cli;

import dev.aihire.interview.Interview;
import dev.aihire.interview.InterviewResult;
import dev.aihire.interview.InterviewSession;
import dev.aihire.interview.Prompter;
import dev.aihire.interview.ScriptedPrompter;
import dev.aihire.interview.Settings;
import dev.aihire.model.Knowledge;
import dev.aihire.shell.JLinePrompter;
import dev.aihire.shell.Terminals;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jline.terminal.Terminal;
import org.jline.utils.WriterOutputStream;

/** Runs an interview at a terminal or from scripted answers. */
final class InterviewDriver {
  private final Context ctx;
  private final Knowledge knowledge;
  private final Settings settings;
  private final String start;

  InterviewDriver(Context ctx, Knowledge knowledge, Settings settings, String start) {
    this.ctx = ctx;
    this.knowledge = knowledge;
    this.settings = settings;
    this.start = start;
  }

  InterviewResult scripted(String answers) {
    boolean stdin = answers == null || answers.equals("-");
    String source = stdin ? "stdin" : answers;
    InputStream in = stdin ? ctx.stdin("give the answers in a file: --answers FILE")
        : InputFiles.open("--answers", answers, "a file of answers");
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(in,
        StandardCharsets.UTF_8))) {
      ScriptedPrompter prompter = new ScriptedPrompter(lines, ctx.io().err(), source);
      InterviewResult result = InterviewSession.run(
          Interview.start(knowledge, settings, start), prompter);
      if (prompter.answered() == 0) {
        throw AppException.usage("no answers in " + source + "; give one a line (a number, or"
            + " skip, back, why), e.g. printf '1\\n3\\n' | aihire interview");
      }
      return result;
    } catch (ScriptedPrompter.BadScript e) {
      throw AppException.usage(e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Creates the terminal here and only here: no other command talks to one. */
  InterviewResult interactive() {
    Io io = ctx.io();
    try (Terminal terminal = io.in() == System.in ? Terminals.system(io.stdoutIsTerminal())
        : Terminals.dumb(io.in(), new WriterOutputStream(io.err(), StandardCharsets.UTF_8))) {
      Prompter prompter = new JLinePrompter(terminal, ctx.style());
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
    } catch (IOException e) {
      throw new UncheckedIOException(e);
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
}
