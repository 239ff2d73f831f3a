package dev.aihire.engine.recommend;

import dev.aihire.engine.recommend.Recommendation.Confidence;
import dev.aihire.engine.recommend.Recommendation.NotAHire;
import dev.aihire.engine.recommend.Recommendation.RoleMatch;
import dev.aihire.engine.recommend.Recommendation.TitleMismatch;
import dev.aihire.model.Knowledge;
import dev.aihire.model.ModelRelation;
import dev.aihire.model.Role;
import dev.aihire.semantic.Embedder;
import dev.aihire.text.Normalizer;
import dev.aihire.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Recommends roles for a hiring need: ranks the roles by the {@link Scorer}'s evidence, decides
 * whether any fits at all (or whether the need reads like another kind of job), how sure the answer
 * is, and whether the need holds two jobs. Pure: no I/O, and the same text always gives the same
 * answer.
 *
 * <p>The top role's score is the evidence's strength, 1 - e^(-raw/{@link Tuning#SCALE}); the others
 * are scaled by their share of the top's evidence, so scores lie in [0, 1].
 */
public final class Recommender {
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
  private final Scorer scorer;
  private final int signalCount;
  private final Weights weights;

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
    this.weights = weights;
    this.signalCount = index.signals.size();
    int[] kinds = knowledge.notAHire().stream().mapToInt(n -> n.kind().ordinal()).toArray();
    this.scorer =
        new Scorer(
            roles.size(),
            kinds,
            index.signals,
            index.profiles,
            index.semantic,
            Embedder.bundled(),
            weights);
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
    OwnerScore[] owners = scores.owners();
    // Only roles with points above zero are ever listed; ties break by knowledge order, so the
    // answer never depends on hashing.
    List<Integer> order = new ArrayList<>();
    for (int r = 0; r < roles.size(); r++) {
      if (owners[r].raw() > 0) {
        order.add(r);
      }
    }
    order.sort(
        (a, b) -> {
          int byScore = Double.compare(-owners[a].raw(), -owners[b].raw());
          return byScore != 0 ? byScore : Integer.compare(a, b);
        });
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
    List<String> mixed = mixed(order, owners, scores.reading());
    double[] weight = new double[roles.size()];
    for (int r = 0; r < roles.size(); r++) {
      weight[r] = owners[r].raw();
    }
    List<Recommendation.Avoid> avoid =
        Advice.avoid(roles, first, weight).stream().filter(a -> !mixed.contains(a.role())).toList();
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

  /**
   * Two jobs in one need ("build our data pipelines and also a churn model"): the top two roles
   * each have strong signals of their own, from different words, and comparable points. In the
   * order to hire: the role that works with data before the role that builds on it.
   */
  private List<String> mixed(List<Integer> order, OwnerScore[] owners, Matcher.Reading reading) {
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
          && other.evidence.stream()
              .noneMatch(
                  o -> o.kind() == Recommendation.Source.SIGNAL && overlaps(o.text(), e.text()))) {
        sum += e.points();
      }
    }
    return sum;
  }

  private static boolean overlaps(String a, String b) {
    String x = a.toLowerCase(java.util.Locale.ROOT);
    String y = b.toLowerCase(java.util.Locale.ROOT);
    return x.contains(y) || y.contains(x);
  }

  /** Strong when the evidence is plentiful and clearly ahead; weak when thin or neck and neck. */
  static Confidence confidence(double best, double second) {
    double gap = best <= 0 ? 0 : (best - second) / best;
    if (best >= 5 && gap >= 0.35) {
      return Confidence.STRONG;
    }
    if (best < 3.5 || gap < 0.12) {
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
