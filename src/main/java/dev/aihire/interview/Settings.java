package dev.aihire.interview;

/**
 * The interview's knobs. {@code threshold} and {@code lead}: stop once the top role has at least
 * this probability and at least this much more than the second, so a 0.81 / 0.19 split stops but a
 * lower threshold could never stop on a near tie. {@code k} and {@code lapse}: see {@link
 * Likelihoods}. {@code startWeight}: how far a free-text description moves the starting belief (see
 * {@link Interview#prior}).
 */
public record Settings(
    int maxQuestions, double threshold, double lead, double k, double lapse, double startWeight) {
  public static final int DEFAULT_MAX_QUESTIONS = 6;

  public Settings {
    if (maxQuestions < 1) {
      throw new IllegalArgumentException("maxQuestions must be at least 1");
    }
    if (!(threshold > 0 && threshold <= 1) || !(lead >= 0 && lead < 1)) {
      throw new IllegalArgumentException("threshold in (0, 1], lead in [0, 1)");
    }
    if (!(k > 0) || !(lapse >= 0 && lapse < 1) || !(startWeight >= 0)) {
      throw new IllegalArgumentException("k > 0, lapse in [0, 1), startWeight >= 0");
    }
  }

  public static Settings defaults() {
    return new Settings(DEFAULT_MAX_QUESTIONS, 0.8, 0.5, Likelihoods.K, Likelihoods.LAPSE, 3.0);
  }

  public Settings withMaxQuestions(int n) {
    return new Settings(n, threshold, lead, k, lapse, startWeight);
  }
}
