package dev.aihire.engine.recommend;

import dev.aihire.model.Knowledge;
import dev.aihire.model.Role;
import dev.aihire.semantic.Embedder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Recommends roles for a hiring need: ranks the roles by the {@link Scorer}'s evidence, lets {@link
 * Abstention} decide whether any fits at all (or whether the need reads like another kind of job),
 * and has {@link RecommendationAssembler} say how sure the answer is and whether the need holds two
 * jobs. Pure: no I/O, and the same text always gives the same answer.
 */
public final class Recommender {
  private final Knowledge knowledge;
  private final List<Role> roles;
  private final Scorer scorer;
  private final int signalCount;
  private final Abstention abstention;
  private final RecommendationAssembler assembler;

  /** Builds the index from the knowledge: for tests and knowledge read from YAML. */
  public Recommender(Knowledge knowledge) {
    this(knowledge, RecommendIndex.build(knowledge));
  }

  public Recommender(Knowledge knowledge, RecommendIndex index) {
    this(knowledge, index, Weights.TUNED);
  }

  Recommender(Knowledge knowledge, RecommendIndex index, Weights weights) {
    this.knowledge = knowledge;
    this.roles = knowledge.roles();
    this.signalCount = index.signals.size();
    int[] kinds = new int[knowledge.notAHire().size()];
    for (int i = 0; i < kinds.length; i++) {
      kinds[i] = knowledge.notAHire().get(i).kind().ordinal();
    }
    this.scorer =
        new Scorer(
            roles.size(),
            kinds,
            index.signals,
            index.profiles,
            index.semantic,
            Embedder.bundled(),
            weights);
    this.abstention = new Abstention(knowledge, weights);
    this.assembler = new RecommendationAssembler(roles, index.avoidances, weights);
  }

  public int signalCount() {
    return signalCount;
  }

  public Knowledge knowledge() {
    return knowledge;
  }

  /** Every role's points for a need, by knowledge position: the scoring before any ranking. */
  public record Analysis(
      List<Role> roles,
      double[] raw,
      double[] signalRaw,
      List<List<Recommendation.Evidence>> evidence) {}

  public Analysis analyse(String text) {
    Scorer.Scores scores = scorer.score(text);
    double[] raw = new double[roles.size()];
    double[] signal = new double[roles.size()];
    List<List<Recommendation.Evidence>> evidence = new ArrayList<>();
    for (int r = 0; r < roles.size(); r++) {
      OwnerScore s = scores.owners()[r];
      raw[r] = s.raw();
      signal[r] = s.signal;
      evidence.add(List.copyOf(s.evidence));
    }
    return new Analysis(roles, raw, signal, evidence);
  }

  public Recommendation recommend(String text, int top) {
    Scorer.Scores scores = scorer.score(text);
    List<Integer> order = ranked(scores.owners());
    Recommendation none = abstention.abstain(text, scores, order);
    return none != null ? none : assembler.assemble(text, top, order, scores);
  }

  /**
   * The roles with points above zero, best first. Ties break by knowledge order, so the answer
   * never depends on hashing.
   */
  private List<Integer> ranked(OwnerScore[] owners) {
    List<Integer> order = new ArrayList<>();
    for (int r = 0; r < roles.size(); r++) {
      if (owners[r].raw() > 0) {
        order.add(r);
      }
    }
    // A class, not a lambda: linking one costs a one-line answer start-up time.
    order.sort(
        new Comparator<Integer>() {
          @Override
          public int compare(Integer a, Integer b) {
            int byScore = Double.compare(-owners[a].raw(), -owners[b].raw());
            return byScore != 0 ? byScore : Integer.compare(a, b);
          }
        });
    return order;
  }
}
