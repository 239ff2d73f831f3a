package dev.aihire.engine.recommend;

import dev.aihire.engine.recommend.Recommendation.Confidence;
import dev.aihire.engine.recommend.Recommendation.RoleMatch;
import dev.aihire.engine.recommend.Recommendation.TitleMismatch;
import dev.aihire.model.ModelRelation;
import dev.aihire.model.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Assembles the answer once a role fits: the top roles with their scores and evidence, how sure the
 * answer is, the runner-up, the mis-hires to avoid, whether the need holds two jobs, and whether
 * the title it names points elsewhere than its duties.
 *
 * <p>The top role's score is the evidence's strength, 1 - e^(-raw/{@link Tuning#SCALE}); the others
 * are scaled by their share of the top's evidence, so scores lie in [0, 1].
 */
final class RecommendationAssembler {
  private final List<Role> roles;
  private final Map<String, List<RecommendIndex.Avoidance>> avoidances;
  private final Weights weights;

  RecommendationAssembler(
      List<Role> roles, Map<String, List<RecommendIndex.Avoidance>> avoidances, Weights weights) {
    this.roles = roles;
    this.avoidances = avoidances;
    this.weights = weights;
  }

  /**
   * The recommendation of at most {@code top} roles.
   *
   * @param order the roles with points above zero, best first; not empty
   */
  Recommendation assemble(String text, int top, List<Integer> order, Scorer.Scores scores) {
    OwnerScore[] owners = scores.owners();
    double best = owners[order.get(0)].raw();
    double strength = 1 - Math.exp(-best / Tuning.SCALE);
    List<RoleMatch> out = new ArrayList<>();
    for (int i = 0; i < Math.min(top, order.size()); i++) {
      int r = order.get(i);
      Role role = roles.get(r);
      out.add(
          new RoleMatch(
              role.id(),
              role.name(),
              Scorer.round(strength * owners[r].raw() / best),
              role.summary(),
              owners[r].evidence));
    }
    Role first = roles.get(order.get(0));
    double second = order.size() > 1 ? owners[order.get(1)].raw() : 0;
    Role runner =
        order.size() > 1 && second >= Tuning.RUNNER_UP_SHARE * best
            ? roles.get(order.get(1))
            : null;
    List<String> mixed = mixed(order, owners);
    double[] weight = new double[roles.size()];
    for (int r = 0; r < roles.size(); r++) {
      weight[r] = owners[r].raw();
    }
    List<Recommendation.Avoid> avoid = new ArrayList<>();
    for (Recommendation.Avoid a :
        Advice.avoid(avoidances.getOrDefault(first.id(), List.of()), roles, order.get(0), weight)) {
      if (!mixed.contains(a.role())) {
        avoid.add(a);
      }
    }
    return new Recommendation(
        text,
        out,
        confidence(best, second),
        avoid,
        runner == null ? null : Advice.runnerUp(first, runner),
        Advice.next(first, runner, false),
        titleMismatch(owners),
        null,
        mixed);
  }

  /**
   * Two jobs in one need ("build our data pipelines and also a churn model"): the top two roles
   * each have strong signals of their own, from different words, and comparable points. In the
   * order to hire: the role that works with data before the role that builds on it.
   */
  private List<String> mixed(List<Integer> order, OwnerScore[] owners) {
    if (order.size() < 2) {
      return List.of();
    }
    OwnerScore a = owners[order.get(0)];
    OwnerScore b = owners[order.get(1)];
    Role first = roles.get(order.get(0));
    Role second = roles.get(order.get(1));
    // Neighbours that stand to models the same way (an analyst and an analytics engineer) are
    // one job seen from two sides, not two jobs.
    if (b.raw() < Tuning.MIXED_SHARE * a.raw()
        || first.modelRelation() == second.modelRelation()
        || ownSignal(a, b) < Tuning.MIXED_SIGNAL
        || ownSignal(b, a) < Tuning.MIXED_SIGNAL) {
      return List.of();
    }
    if (second.modelRelation() == ModelRelation.NO_MODELS
        && first.modelRelation() != ModelRelation.NO_MODELS) {
      return List.of(second.id(), first.id());
    }
    return List.of(first.id(), second.id());
  }

  /** Points of positive signals of {@code s} whose words are not also evidence of {@code other}. */
  private static double ownSignal(OwnerScore s, OwnerScore other) {
    double sum = 0;
    for (Recommendation.Evidence e : s.evidence) {
      if (e.kind() == Recommendation.Source.SIGNAL
          && e.points() > 0
          && !e.title()
          && !overlapsSignal(other, e.text())) {
        sum += e.points();
      }
    }
    return sum;
  }

  private static boolean overlapsSignal(OwnerScore s, String text) {
    for (Recommendation.Evidence o : s.evidence) {
      if (o.kind() == Recommendation.Source.SIGNAL && overlaps(o.text(), text)) {
        return true;
      }
    }
    return false;
  }

  private static boolean overlaps(String a, String b) {
    String x = a.toLowerCase(java.util.Locale.ROOT);
    String y = b.toLowerCase(java.util.Locale.ROOT);
    return x.contains(y) || y.contains(x);
  }

  /** Strong when the evidence is plentiful and clearly ahead; weak when thin or neck and neck. */
  static Confidence confidence(double best, double second) {
    double gap = best <= 0 ? 0 : (best - second) / best;
    if (best >= Tuning.STRONG_POINTS && gap >= Tuning.STRONG_GAP) {
      return Confidence.STRONG;
    }
    if (best < Tuning.WEAK_POINTS || gap < Tuning.WEAK_GAP) {
      return Confidence.WEAK;
    }
    return Confidence.MODERATE;
  }

  /**
   * A posting smell: the text names one role, but without the name its duties point to another ("a
   * Data Scientist who builds weekly dashboards").
   */
  private TitleMismatch titleMismatch(OwnerScore[] owners) {
    int named = -1;
    double namedTitled = 0;
    int byDuties = -1;
    double dutiesRaw = 0;
    for (int r = 0; r < roles.size(); r++) {
      double titled = owners[r].titled();
      if (titled > 0 && (named < 0 || titled > namedTitled)) {
        named = r;
        namedTitled = titled;
      }
      double duties = owners[r].raw() - titled;
      if (byDuties < 0 || duties > dutiesRaw) {
        byDuties = r;
        dutiesRaw = duties;
      }
    }
    if (named < 0 || byDuties == named || dutiesRaw < weights.abstainBelow()) {
      return null;
    }
    Role title = roles.get(named);
    Role duties = roles.get(byDuties);
    return new TitleMismatch(title.id(), title.name(), duties.id(), duties.name());
  }
}
