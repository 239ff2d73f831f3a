package dev.aihire.cli;

import dev.aihire.interview.InterviewResult;
import dev.aihire.interview.Settings;
import dev.aihire.render.InterviewJson;
import dev.aihire.render.InterviewRenderer;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;

/** {@code aihire interview}: a few questions that find the role to hire. */
final class InterviewCommand implements AppCommand {
  @Override
  public CommandSpec spec() {
    CommandSpec spec =
        Specs.command(
            this,
            "interview",
            "A guided interview: a few multiple-choice questions that find the role to"
                + " hire, each chosen to best separate the roles still in play.",
            "",
            "Answer with a number (or letter); 'skip' passes, 'back' undoes the last answer, 'why'"
                + " explains the question. On a terminal Tab completes the answers; Ctrl-C asks"
                + " whether to leave (y, or a second Ctrl-C, leaves with the best guess so far;"
                + " Enter goes back to the question); Ctrl-D leaves at once with the best guess.");
    HelpLayout.examples(
        spec,
        "  aihire interview",
        "  aihire interview --start \"we want a chatbot on our docs\"",
        "  printf '1\\n2\\n1\\n' | aihire interview --format json",
        "  aihire interview --answers answers.txt");
    HelpLayout.exitCodes(
        spec,
        "0:a recommendation was given (also after leaving early with Ctrl-D: the best"
            + " guess so far)",
        "130:left with Ctrl-C (the best guess so far is still shown)",
        "2:usage: a bad option, or the answers file cannot be read",
        "3:the knowledge file cannot be read or is invalid");
    return spec.addOption(
            Specs.option(
                "--answers",
                "FILE|-",
                Path.class, // a Path, so that shells complete file names for it
                "Scripted answers, one a line: a number or letter, or skip, back, why."
                    + " Without it, answers are read from stdin when stdin is not a terminal."))
        .addOption(
            Specs.optionWithDefault(
                "--max-questions",
                "N",
                int.class,
                Settings.DEFAULT_MAX_QUESTIONS,
                "Ask at most N questions (default ${DEFAULT-VALUE})."))
        .addOption(
            Specs.option(
                "--start",
                "TEXT",
                String.class,
                "Describe the need first, in your own words; the answers start from there."
                    + " '-' reads it from the first line of stdin (the lines after it are the"
                    + " answers, unless --answers is given). On a terminal you are asked for it"
                    + " (Enter skips)."));
  }

  @Override
  public int run(Context ctx, Args args) throws IOException {
    String start = args.option("--start");
    if (start != null && start.isBlank()) {
      throw AppException.usage("--start is empty; give the need in a sentence, or leave it out");
    }
    return run(ctx, args.fileName("--answers"), args.option("--max-questions"), start);
  }

  /** The interview with default options, e.g. for plain {@code aihire} on a terminal. */
  static int withDefaults(Context ctx) throws IOException {
    return run(ctx, null, Settings.DEFAULT_MAX_QUESTIONS, null);
  }

  private static int run(Context ctx, String answers, int maxQuestions, String start)
      throws IOException {
    if (maxQuestions < 1 || maxQuestions > 100) {
      throw AppException.usage("--max-questions must be from 1 to 100, not " + maxQuestions);
    }
    InterviewConversation.Outcome outcome =
        InterviewConversation.run(ctx, InterviewStart.of(ctx, maxQuestions, start), answers);
    InterviewResult result = outcome.result();
    if (result != null) { // null: left before the first answer, nothing to say
      ctx.emit(
          InterviewJson.of(result),
          out -> new InterviewRenderer(ctx.style(), ctx.width()).render(result, out));
    }
    return outcome.interrupted() ? ExitCode.INTERRUPTED : ExitCode.OK;
  }
}
