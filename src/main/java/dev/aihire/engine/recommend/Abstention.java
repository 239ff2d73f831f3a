package dev.aihire.engine.recommend;

import dev.aihire.engine.recommend.Recommendation.NotAHire;
import dev.aihire.model.Knowledge;
import dev.aihire.model.Role;
import dev.aihire.text.Normalizer;
import dev.aihire.text.Token;
import java.util.List;
import java.util.Set;

/**
 * Decides whether nothing is recommended: when the need reads like another kind of job (a
 * not-a-hire entry), when the best role's evidence is too thin, or when nothing places the need in
 * AI or data at all.
 */
final class Abstention {
  /**
   * Words that place a need in AI or data at all. When no signal matched, other evidence may still
   * decide ("our model's accuracy dropped") but only if one of these is said.
   */
  static final Set<String> FIELD_WORDS =
      Set.copyOf(
          Normalizer.stems(
              "model ai ml llm gpt algorithm prediction predict forecast neural generative dataset data"
                  + " chatbot dashboard sql statistic statistical experiment pipeline warehouse"
                  + " architecture accuracy inference deep learning"));

  private final Knowledge knowledge;
  private final List<Role> roles;
  private final Weights weights;

  Abstention(Knowledge knowledge, Weights weights) {
    this.knowledge = knowledge;
    this.roles = knowledge.roles();
    this.weights = weights;
  }

  /**
   * The answer that recommends nothing, and why, when no role fits; null when the top role does.
   *
   * @param order the roles with points above zero, best first
   */
  Recommendation abstain(String text, Scorer.Scores scores, List<Integer> order) {
    OwnerScore[] owners = scores.owners();
    double best = order.isEmpty() ? 0 : owners[order.get(0)].raw();
    int otherJob = strongestOtherJob(owners);
    // Another kind of job named in the need (its own phrases) wins at the tuned margin; a
    // likeness alone, with no phrase of that job, must outweigh the best role outright.
    if (otherJob >= 0
        && owners[otherJob].raw()
            >= best * (owners[otherJob].signal > 0 ? weights.otherJobMargin() : 1.0)) {
      return Recommendation.none(text, notAHire(otherJob, owners[otherJob]));
    }
    if (best < weights.abstainBelow() || !aboutTheField(owners[order.get(0)], scores)) {
      return Recommendation.none(text, null);
    }
    return null;
  }

  /** The not-a-hire entry with the most points, or -1 when none has any. */
  private int strongestOtherJob(OwnerScore[] owners) {
    int best = -1;
    for (int o = roles.size(); o < owners.length; o++) {
      if (owners[o].raw() > 0 && (best < 0 || owners[o].raw() > owners[best].raw())) {
        best = o;
      }
    }
    return best;
  }

  /** Why nothing fits: the entry, and the situation the need reads like if that decided. */
  private NotAHire notAHire(int owner, OwnerScore s) {
    dev.aihire.model.NotAHire entry = knowledge.notAHire().get(owner - roles.size());
    String closest =
        s.evidence.stream()
            .filter(e -> e.kind() == Recommendation.Source.SEMANTIC)
            .map(Recommendation.Evidence::text)
            .findFirst()
            .orElse(null);
    return new NotAHire(entry.kind(), entry.id(), entry.name(), entry.advice(), closest);
  }

  /**
   * Whether the top role's evidence places the need in the field: a signal of its own, a word of
   * the field, or a need that reads like one of the role situations.
   */
  private boolean aboutTheField(OwnerScore top, Scorer.Scores scores) {
    if (top.signal >= Tuning.SIGNAL_FLOOR
        || (scores.fieldShare() >= weights.fieldFloor()
            && top.semantic >= Tuning.SEMANTIC_ALONE
            && top.similarity >= Tuning.NEAR_ENOUGH)) {
      return true;
    }
    for (Token t : scores.reading().tokens()) {
      if (FIELD_WORDS.contains(t.stem())) {
        return true;
      }
    }
    return false;
  }
}
