package dev.aihire.engine.recommend;

import dev.aihire.engine.recommend.Recommendation.Evidence;
import dev.aihire.text.Token;
import java.util.HashSet;
import java.util.Set;

/**
 * Points for the words of a need found in a role's profile: weak, capped evidence ({@link
 * Tuning#PROFILE_CAP}, applied in {@link OwnerScore#raw()}) that tips a choice, so that a long
 * posting's many words never outweigh the signals.
 */
final class ProfileEvidence {
  private final ProfileIndex profiles;

  ProfileEvidence(ProfileIndex profiles) {
    this.profiles = profiles;
  }

  /**
   * Words of the need found in a role's profile, each once, worth {@link Tuning#PROFILE_WEIGHT} of
   * its rarity among roles.
   */
  void add(Matcher.Reading reading, OwnerScore[] owners) {
    Set<String> seen = new HashSet<>();
    for (Token t : reading.tokens()) {
      if (t.negated() || !seen.add(t.stem())) {
        continue;
      }
      ProfileIndex.Postings p = profiles.postings(t.stem());
      if (p == null) {
        continue;
      }
      String quoted = reading.quote(t);
      for (int i = 0; i < p.roles().length; i++) {
        double points = Tuning.PROFILE_WEIGHT * p.weights()[i];
        OwnerScore s = owners[p.roles()[i]];
        s.profile += points;
        if (s.evidence.size() < Tuning.MAX_PROFILE_EVIDENCE) {
          s.evidence.add(Evidence.profile(quoted, Scorer.round(points)));
        }
      }
    }
  }
}
