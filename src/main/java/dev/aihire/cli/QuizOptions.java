package dev.aihire.cli;

import java.util.concurrent.ThreadLocalRandom;

/**
 * The quiz's options, checked: how many questions, on which topics, the pass mark, where the
 * answers come from, and the seed that deals the questions (a random one when none was given).
 */
record QuizOptions(int count, long seed, QuizTopic topic, Integer pass, String answers) {
  static final int DEFAULT_COUNT = 10;

  static QuizOptions from(Args args) {
    int count = args.option("--count");
    Long seed = args.option("--seed");
    QuizTopic topic = args.option("--topic");
    Integer pass = args.option("--pass");
    String answers = args.fileName("--answers");
    if (count < 1 || count > 1000) {
      throw AppException.usage("--count must be from 1 to 1000, not " + count);
    }
    if (pass != null && (pass < 0 || pass > 100)) {
      throw AppException.usage("--pass must be a percentage from 0 to 100, not " + pass);
    }
    long dealt = seed != null ? seed : ThreadLocalRandom.current().nextLong(1, 1_000_000);
    return new QuizOptions(count, dealt, topic, pass, answers);
  }

  /** The command that deals the same quiz again, as the summary offers it. */
  String again() {
    return "aihire quiz --seed "
        + seed
        + (count != DEFAULT_COUNT ? " --count " + count : "")
        + (topic != QuizTopic.all ? " --topic " + topic : "");
  }
}
