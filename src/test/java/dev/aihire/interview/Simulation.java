package dev.aihire.interview;

import dev.aihire.model.Knowledge;
import dev.aihire.model.Question;
import java.util.Random;

/** Simulated hiring managers who answer as their role's profile in the knowledge says. */
final class Simulation {
  /** What one simulated interview ended with. */
  record Run(String named, int questions) {}

  private Simulation() {}

  /** The answer that gives {@code roleId} the most points; ties go to the first. */
  static int profileAnswer(Question q, String roleId) {
    int best = 0;
    for (int a = 1; a < q.answers().size(); a++) {
      if (q.answers().get(a).pointsFor(roleId) > q.answers().get(best).pointsFor(roleId)) {
        best = a;
      }
    }
    return best;
  }

  /**
   * One interview for a manager who needs {@code roleId}; with {@code random} non-null, each answer
   * is replaced by a uniformly random one with probability {@code noise}.
   */
  static Run run(Knowledge k, Settings settings, String roleId, Random random, double noise) {
    Interview interview = Interview.start(k, settings);
    while (!interview.finished()) {
      Question q = interview.current();
      int a = profileAnswer(q, roleId);
      if (random != null && random.nextDouble() < noise) {
        a = random.nextInt(q.answers().size());
      }
      interview.answer(a);
    }
    return new Run(interview.result().topRole(), interview.asked());
  }
}
