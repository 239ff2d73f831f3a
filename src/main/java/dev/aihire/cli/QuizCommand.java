package dev.aihire.cli;

import dev.aihire.engine.quiz.Quiz;
import dev.aihire.engine.quiz.QuizGenerator;
import dev.aihire.engine.quiz.QuizResult;
import java.util.concurrent.ThreadLocalRandom;
import picocli.CommandLine.Model.CommandSpec;

/** {@code aihire quiz}: practise the role taxonomy with questions dealt from the knowledge. */
final class QuizCommand implements AppCommand {
  static final int DEFAULT_COUNT = 10;

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
                "--count", "N", int.class, DEFAULT_COUNT, "Questions to ask (default 10)."))
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
                String.class,
                "Read the answers from FILE ('-': stdin), one letter a line; no prompts."));
  }

  @Override
  public int run(Context ctx, Args args) throws Exception {
    int count = args.option("--count");
    Long seed = args.option("--seed");
    QuizTopic topic = args.option("--topic");
    Integer pass = args.option("--pass");
    String answers = args.option("--answers");
    if (count < 1 || count > 1000) {
      throw AppException.usage("--count must be from 1 to 1000, not " + count);
    }
    if (pass != null && (pass < 0 || pass > 100)) {
      throw AppException.usage("--pass must be a percentage from 0 to 100, not " + pass);
    }
    long s = seed != null ? seed : ThreadLocalRandom.current().nextLong(1, 1_000_000);
    Quiz quiz = new QuizGenerator(ctx.knowledge()).generate(s, count, topic.topics);
    if (quiz.size() == 0) {
      throw AppException.usage("the knowledge has no questions on " + topic + "; try --topic all");
    }
    if (quiz.size() < count) {
      ctx.note(
          "the knowledge has " + quiz.size() + " questions on " + topic + "; asking all of them");
    }
    String again =
        "aihire quiz --seed "
            + s
            + (count != DEFAULT_COUNT ? " --count " + count : "")
            + (topic != QuizTopic.all ? " --topic " + topic : "");
    QuizResult result = QuizConversation.run(ctx, quiz, answers, pass, again);
    return Boolean.FALSE.equals(result.passed()) ? ExitCode.NO : ExitCode.OK;
  }
}
