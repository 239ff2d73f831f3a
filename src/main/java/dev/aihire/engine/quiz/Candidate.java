package dev.aihire.engine.quiz;

import java.util.Random;
import java.util.function.Function;

/**
 * A question the knowledge can yield, not built yet: the generator shuffles hundreds of these and
 * builds (picks distractors, shuffles choices) only the few it deals. {@code build} returns null
 * when the knowledge has no fair distractor for it.
 */
record Candidate(String id, Kind kind, Topic topic, Function<Random, QuizQuestion> build) {
  Candidate(String id, Kind kind, Function<Random, QuizQuestion> build) {
    this(id, kind, kind.topic(), build);
  }
}
