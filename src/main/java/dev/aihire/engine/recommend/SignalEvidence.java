package dev.aihire.engine.recommend;

import dev.aihire.engine.recommend.Recommendation.Evidence;

/**
 * Points for the signal phrases found in a need. A signal counts once per need however often it is
 * said, plus a little for repetition, so a 4,000-character posting that says "SQL" twenty times
 * does not outvote a six-word need's one decisive phrase; said in the negative ("we don't need
 * anyone to train models"), it counts against its role at {@link Tuning#NEGATED} of its weight.
 */
final class SignalEvidence {
  private final int roleCount;
  private final Weights weights;

  SignalEvidence(int roleCount, Weights weights) {
    this.roleCount = roleCount;
    this.weights = weights;
  }

  /** Adds each hit's points and evidence to its owner. */
  void add(Matcher.Reading reading, OwnerScore[] owners) {
    for (Matcher.Hit h : reading.hits()) {
      OwnerScore s = owners[h.pattern().role()];
      double points = h.pattern().role() < roleCount ? points(h) : otherJobPoints(h);
      if (points != 0) {
        s.signal += points;
        s.evidence.add(
            Evidence.signal(
                reading.quote(h),
                h.pattern().signal(),
                Scorer.round(points),
                h.negated(),
                h.pattern().title()));
      }
    }
  }

  private static double points(Matcher.Hit h) {
    int w = h.pattern().weight();
    if (h.negated()) {
      return w > 0 ? -Tuning.NEGATED * w : 0; // "not without X" is too subtle to count either way
    }
    return w * (1 + Tuning.REPEAT_BONUS * Math.min(h.count() - 1, Tuning.MAX_REPEATS));
  }

  /** A phrase of another kind of job counts once, and not at all when said in the negative. */
  private double otherJobPoints(Matcher.Hit h) {
    return h.negated() ? 0 : weights.otherJobSignal();
  }
}
