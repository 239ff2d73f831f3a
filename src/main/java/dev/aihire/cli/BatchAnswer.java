package dev.aihire.cli;

import dev.aihire.engine.recommend.Recommendation;
import dev.aihire.render.RecommendJson;
import java.util.List;

/**
 * One line of a batch's output, JSON field for field: the id as written (or the line number), the
 * line number, then either the recommendations and confidence (with why nothing fits, or the two
 * jobs of a mixed need, when so) or the error.
 */
record BatchAnswer(
    Object id,
    int line,
    List<Match> recommendations,
    String confidence,
    RecommendJson.NotAHire notAHire,
    List<String> mixed,
    String error) {

  /** A recommended role as the batch shows it. */
  record Match(String role, String name, double score, List<String> why) {}

  static BatchAnswer of(Object id, int line, Recommendation rec) {
    RecommendJson full = RecommendJson.of(rec);
    return new BatchAnswer(
        id,
        line,
        full.recommendations().stream()
            .map(m -> new Match(m.role(), m.name(), m.score(), m.why()))
            .toList(),
        full.confidence(),
        full.notAHire(),
        full.mixed(),
        null);
  }

  static BatchAnswer error(Object id, int line, String error) {
    return new BatchAnswer(id, line, null, null, null, null, error);
  }

  boolean bad() {
    return error != null;
  }
}
