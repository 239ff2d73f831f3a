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
  Interview begin(String description) {
    return Interview.start(knowledge, settings, description, recommender);
  }
}
