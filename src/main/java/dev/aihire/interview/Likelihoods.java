package dev.aihire.interview;

import dev.aihire.model.Question;
import java.util.List;

/**
 * How likely each answer is from a hiring manager who needs a given role: the answer model of the
 * interview, precomputed once per question.
 *
 * <p>P(answer | role) = (1 - {@link #LAPSE}) * softmax(K * points) + LAPSE / answers. Why:
 *
 * <ul>
 *   <li>{@link #K} = 1 makes an answer worth +3 for a role about 20 times likelier than a neutral
 *       one (e^3), and a +3 answer among four neutral ones is picked about 80% of the time: the
 *       knowledge's "3 = this is the role" taken at its word, but not as a certainty.
 *   <li>The lapse term says that people sometimes misread a question or pick the nearest answer
 *       that is not quite theirs. Without it one stray answer worth -3 multiplies a role's odds by
 *       e^-6 and no later answer can bring it back; with it, a single answer can cost a role at
 *       most a factor of about 1 / (LAPSE / answers), so the interview recovers from slips.
 * </ul>
 *
 * Both were chosen with the simulation test (InterviewSimulationTest): clean answers find every
 * role in few questions, and one random answer in five still finds the right one.
 */
final class Likelihoods {
  static final double K = 1.0;
  static final double LAPSE = 0.2;

  private Likelihoods() {}

  /** {@code [answer][role]}: P(answer | role) for one question; every column sums to 1. */
  static double[][] of(Question q, List<String> roleIds, double k, double lapse) {
    int n = q.answers().size();
    double[][] p = new double[n][roleIds.size()];
    for (int r = 0; r < roleIds.size(); r++) {
      double sum = 0;
      for (int a = 0; a < n; a++) {
        p[a][r] = Math.exp(k * q.answers().get(a).pointsFor(roleIds.get(r)));
        sum += p[a][r];
      }
      for (int a = 0; a < n; a++) {
        p[a][r] = (1 - lapse) * p[a][r] / sum + lapse / n;
      }
    }
    return p;
  }
}
