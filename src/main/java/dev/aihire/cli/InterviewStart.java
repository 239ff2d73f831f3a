package dev.aihire.cli;

import dev.aihire.engine.recommend.Recommender;
import dev.aihire.interview.Interview;
import dev.aihire.interview.Settings;
import dev.aihire.model.Knowledge;
import java.util.function.Supplier;

/**
 * What an interview starts from: the knowledge, the settings, the need if given, and the
 * recommender over the stored index that reads it.
 */
record InterviewStart(
    Knowledge knowledge, Settings settings, String need, Supplier<Recommender> recommender) {

  /**
   * The start of an interview of at most {@code maxQuestions}, from {@code --start} ('-': the first
   * line of stdin; null: none); a usage error when the knowledge has no interview questions.
   */
  static InterviewStart of(Context ctx, int maxQuestions, String start) {
    Knowledge knowledge = ctx.knowledge();
    if (knowledge.questions().isEmpty()) {
      throw AppException.usage(
          "the knowledge file has no interview questions (a 'questions:'"
              + " section); try 'aihire recommend TEXT' instead");
    }
    String need =
        StdinInput.isStdin(start)
            ? StdinInput.firstLine(ctx.io(), "the need", "give the need as text: --start TEXT")
            : start;
    return new InterviewStart(
        knowledge, Settings.defaults().withMaxQuestions(maxQuestions), need, ctx::recommender);
  }

  Interview begin(String description) {
    return Interview.start(knowledge, settings, description, recommender);
  }
}
