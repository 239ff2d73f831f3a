package dev.aihire.cli;

import dev.aihire.engine.quiz.Quiz;
import dev.aihire.engine.quiz.QuizGenerator;
import dev.aihire.engine.quiz.QuizResult;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;

/** {@code aihire quiz}: practise the role taxonomy with questions dealt from the knowledge. */
final class QuizCommand implements AppCommand {
  @Override
  public CommandSpec spec() {
    CommandSpec spec =
        Specs.command(
            this,
            "quiz",
            "Practise who does what in AI: multiple-choice questions from the knowledge.",
            "",
            "On a terminal, answer each question with its letter; Ctrl-D or Ctrl-C ends the quiz"
                + " with the score so far. Otherwise the answers are read one letter a line, from"
                + " --answers or stdin, without prompts.");
    HelpLayout.examples(
        spec,
        "  aihire quiz",
        "  aihire quiz --count 5 --topic glossary",
        "  aihire quiz --seed 7 --answers answers.txt --pass 80",
        "  printf 'a\\nb\\nc\\n' | aihire quiz --count 3 --seed 7 --format json");
    spec.usageMessage().sortOptions(false);
    HelpLayout.exitCodes(
        spec,
        "0:the quiz ran (and passed, with --pass)",
        "1:the score is below the --pass mark",
        "2:usage: bad option, or the answers file cannot be read",
        "3:the knowledge file cannot be read or is invalid");
    return spec.addOption(
            Specs.optionWithDefault(
                "--count",
                "N",
                int.class,
                QuizOptions.DEFAULT_COUNT,
                "Questions to ask (default 10)."))
        .addOption(
            Specs.option(
                "--seed",
                "S",
                Long.class,
                "The same seed deals the same quiz (default: a random one, shown at the end)."))
        .addOption(
            Specs.converted(
                "--topic",
                "TOPIC",
                QuizTopic.class,
                QuizTopic.all,
                new QuizTopic.Converter(),
                QuizTopic.names(),
                "roles, glossary, red-flags or all (default: all)."))
        .addOption(
            Specs.option(
                "--pass",
                "PERCENT",
                Integer.class,
                "Pass mark, 0-100: exit 1 when fewer than PERCENT of the questions are"
                    + " answered right (unanswered ones count as wrong)."))
        .addOption(
            Specs.option(
                "--answers",
                "FILE|-",
                Path.class, // a Path, so that shells complete file names for it
                "Read the answers from FILE ('-': stdin), one letter a line; no prompts."));
  }

  @Override
  public int run(Context ctx, Args args) throws Exception {
    QuizOptions o = QuizOptions.from(args);
    Quiz quiz = new QuizGenerator(ctx.knowledge()).generate(o.seed(), o.count(), o.topic().topics);
    if (quiz.size() == 0) {
      throw AppException.usage(
          o.topic() == QuizTopic.all
              ? "the knowledge has nothing a quiz can ask: no quiz items, and too few roles,"
                  + " glossary terms or red flags to choose between"
              : "the knowledge has no questions on " + o.topic() + "; try --topic all");
    }
    if (quiz.size() < o.count()) {
      ctx.note(
          "the knowledge has "
              + quiz.size()
              + " questions on "
              + o.topic()
              + "; asking all of them");
    }
    QuizResult result = QuizConversation.run(ctx, quiz, o.answers(), o.pass(), o.again());
    return Boolean.FALSE.equals(result.passed()) ? ExitCode.NO : ExitCode.OK;
  }
}
