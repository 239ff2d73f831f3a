package dev.aihire.engine.recommend;

/**
 * The numbers that turn evidence into an answer. {@link #TUNED} holds the ones in use; they were
 * chosen by cross-validation on the project's own labelled needs (the tuning split only, never the
 * held-out split or the shared development set), as docs/recommend-tuning.md describes and {@code
 * FusionTuning} (in the tests) reproduces. A record, so the tuner can try others.
 *
 * @param semanticWeight points for a role when the discriminant is sure the need is its kind of
 *     work (probability 1); a share of them for a smaller probability
 * @param temperature how sharp the discriminant's probabilities are: its scores are divided by this
 *     before the softmax
 * @param abstainBelow below this many points for the best role, nothing is recommended
 * @param otherJobSignal points for each phrase of a not-a-hire entry found in the need
 * @param otherJobMargin a not-a-hire entry wins when its points reach this share of the best role's
 * @param fieldFloor when the discriminant gives the roles together less than this probability (the
 *     rest going to other kinds of job) and no signal or word of the field speaks for the top role,
 *     the need is not about the field at all
 */
public record Weights(
    double semanticWeight,
    double temperature,
    double abstainBelow,
    double otherJobSignal,
    double otherJobMargin,
    double fieldFloor) {

  public static final Weights TUNED = new Weights(8, 2.0, 1.5, 4, 0.4, 0.7);
}
