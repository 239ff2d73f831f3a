package dev.aihire.cli;

import dev.aihire.engine.quiz.Prompter;
import dev.aihire.engine.quiz.Quiz;
import dev.aihire.engine.quiz.QuizGenerator;
import dev.aihire.engine.quiz.QuizResult;
import dev.aihire.engine.quiz.QuizSession;
import dev.aihire.engine.quiz.Topic;
import dev.aihire.render.Json;
import dev.aihire.render.QuizRenderer;
import dev.aihire.shell.TerminalPrompter;
import dev.aihire.shell.Terminals;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import org.jline.terminal.Terminal;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code aihire quiz}: practise the role taxonomy with questions dealt from the knowledge. */
@Command(name = "quiz", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Practise who does what in AI: multiple-choice questions from the knowledge.",
        "", "Examples:",
        "  aihire quiz",
        "  aihire quiz --count 5 --topic glossary",
        "  aihire quiz --seed 7 --answers answers.txt --pass 80",
        "  printf 'a\\nb\\nc\\n' | aihire quiz --count 3 --seed 7 --format json", "",
        "On a terminal, answer each question with its letter; Ctrl-D or Ctrl-C ends the quiz"
            + " with the score so far. Otherwise the answers are read one letter a line, from"
            + " --answers or stdin, without prompts."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:the quiz ran (and passed, with --pass)",
        "1:the score is below the --pass mark",
        "2:usage: bad option, or the answers file cannot be read"})
final class QuizCommand implements Callable<Integer> {
  private static final int DEFAULT_COUNT = 10;

  @ParentCommand RootCommand root;

  @Option(names = "--count", paramLabel = "N", description = "Questions to ask (default 10).")
  int count = DEFAULT_COUNT;

  @Option(names = "--seed", paramLabel = "S",
      description = "The same seed deals the same quiz (default: a random one, shown at the end).")
  Long seed;

  @Option(names = "--topic", paramLabel = "TOPIC", converter = TopicConverter.class,
      completionCandidates = TopicNames.class,
      description = "roles, glossary, red-flags or all (default: all).")
  QuizTopic topic = QuizTopic.all;

  @Option(names = "--pass", paramLabel = "PERCENT",
      description = "Pass mark, 0-100: exit 1 when fewer than PERCENT of the questions are"
          + " answered right (unanswered ones count as wrong).")
  Integer pass;

  @Option(names = "--answers", paramLabel = "FILE|-",
      description = "Read the answers from FILE ('-': stdin), one letter a line; no prompts.")
  String answers;

  /** --topic values; {@code red-flags} is not a Java name, hence toString and a converter. */
  enum QuizTopic {
    roles(EnumSet.of(Topic.ROLES)),
    glossary(EnumSet.of(Topic.GLOSSARY)),
    red_flags(EnumSet.of(Topic.RED_FLAGS)) {
      @Override
      public String toString() {
        return "red-flags";
      }
    },
    all(EnumSet.allOf(Topic.class));

    final Set<Topic> topics;

    QuizTopic(Set<Topic> topics) {
      this.topics = topics;
    }
  }

  /** Picocli's own enum message would list both red_flags and red-flags. */
  static final class TopicConverter implements ITypeConverter<QuizTopic> {
    @Override
    public QuizTopic convert(String value) {
      for (QuizTopic t : QuizTopic.values()) {
        if (t.toString().equalsIgnoreCase(value.strip())) {
          return t;
        }
      }
      throw new TypeConversionException("expected one of " + String.join(", ", new TopicNames())
          + ", not '" + value + "'");
    }
  }

  static final class TopicNames extends java.util.ArrayList<String> {
    TopicNames() {
      for (QuizTopic t : QuizTopic.values()) {
        add(t.toString());
      }
    }
  }

  @Override
  public Integer call() throws IOException {
    if (count < 1 || count > 1000) {
      throw AppException.usage("--count must be from 1 to 1000, not " + count);
    }
    if (pass != null && (pass < 0 || pass > 100)) {
      throw AppException.usage("--pass must be a percentage from 0 to 100, not " + pass);
    }
    long s = seed != null ? seed : ThreadLocalRandom.current().nextLong(1, 1_000_000);
    Quiz quiz = new QuizGenerator(root.knowledge()).generate(s, count, topic.topics);
    Io io = root.io();
    if (quiz.size() == 0) {
      throw AppException.usage("the knowledge has no questions on " + topic + "; try --topic all");
    }
    if (quiz.size() < count) {
      io.err().println("aihire: the knowledge has " + quiz.size() + " questions on " + topic
          + "; asking all of them");
    }
    boolean onTerminal = answers == null && io.stdinIsTerminal() && io.stdoutIsTerminal()
        && root.format() == Format.text;
    QuizResult result = onTerminal ? onTerminal(quiz, again(s)) : scripted(quiz, again(s));
    return Boolean.FALSE.equals(result.passed()) ? ExitCode.NO : ExitCode.OK;
  }

  private QuizResult onTerminal(Quiz quiz, String again) throws IOException {
    Io io = root.io();
    io.out().flush();
    try (Terminal terminal = Terminals.open(io.in(), io.out())) {
      int width = terminal.getWidth() > 0 ? Math.min(terminal.getWidth(), 100) : root.width();
      Prompter prompter = new TerminalPrompter(terminal,
          new QuizRenderer(root.style(), width), again);
      return QuizSession.run(quiz, prompter, true, pass);
    }
  }

  private QuizResult scripted(Quiz quiz, String again) throws IOException {
    Io io = root.io();
    boolean json = root.format() == Format.json;
    if ((answers == null || answers.equals("-")) && io.stdinIsTerminal()) {
      io.err().println("aihire: reading answers from the terminal, one letter a line;"
          + " Ctrl-D ends the quiz");
    }
    try (InputStream in = answersStream()) {
      QuizRenderer text = json ? null : new QuizRenderer(root.style(), root.width());
      QuizResult result = QuizSession.run(quiz,
          new ScriptedPrompter(ScriptedPrompter.lines(in), text, io, again), false, pass);
      if (json) {
        Json.writePretty(io.out(), result);
      }
      return result;
    }
  }

  private InputStream answersStream() throws IOException {
    if (answers == null || answers.equals("-")) {
      // Not closed with the quiz: stdin belongs to the process.
      return new java.io.FilterInputStream(root.io().in()) {
        @Override
        public void close() {}
      };
    }
    return InputFiles.open("--answers", answers, "a file of answers");
  }

  /** The command line that deals this quiz again. */
  private String again(long s) {
    return "aihire quiz --seed " + s + (count != DEFAULT_COUNT ? " --count " + count : "")
        + (topic != QuizTopic.all ? " --topic " + topic : "");
  }
}
