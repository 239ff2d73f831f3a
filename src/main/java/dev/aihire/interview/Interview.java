package dev.aihire.interview;

import dev.aihire.engine.recommend.Recommendation;
import dev.aihire.engine.recommend.Recommender;
import dev.aihire.model.Knowledge;
import dev.aihire.model.Question;
import dev.aihire.model.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The guided interview as a pure state machine: a belief (a probability for each role), the
 * questions answered so far, and the next question to ask. No I/O; a driver asks {@link
 * #current()}, feeds back {@link #answer}, {@link #skip}, {@link #back} or {@link #why}, and reads
 * {@link #result()} once {@link #finished()}.
 *
 * <p>The belief is recomputed from the prior and the history after every change, so "back" is exact
 * (no division undoing a multiplication) and the state is just a list.
 */
public final class Interview {
  /**
   * A question that was asked and what came of it; {@code answer} is {@link #SKIPPED} if skipped.
   */
  public record Step(int question, int answer) {}

  public static final int SKIPPED = -1;

  private final Knowledge knowledge;
  private final Settings settings;
  private final List<String> roleIds;
  private final String start;
  private final double[] prior;

  /** {@code [question][answer][role]}. */
  private final double[][][] likelihood;

  private final List<Step> history = new ArrayList<>();
  private double[] belief;
  private boolean left;

  /** The current question's index, -1 when over; null until computed after a change. */
  private Integer current;

  private Interview(Knowledge knowledge, Settings settings, String start, double[] prior) {
    this.knowledge = knowledge;
    this.settings = settings;
    this.roleIds = knowledge.roles().stream().map(Role::id).toList();
    this.start = start;
    this.prior = prior;
    List<Question> qs = knowledge.questions();
    this.likelihood = new double[qs.size()][][];
    for (int q = 0; q < qs.size(); q++) {
      likelihood[q] = Likelihoods.of(qs.get(q), roleIds, settings.k(), settings.lapse());
    }
    this.belief = prior.clone();
  }

  /** An interview that starts knowing nothing: every role equally likely. */
  public static Interview start(Knowledge knowledge, Settings settings) {
    double[] uniform = new double[knowledge.roles().size()];
    java.util.Arrays.fill(uniform, 1.0 / uniform.length);
    return new Interview(knowledge, settings, null, uniform);
  }

  /** An interview that starts from a free-text description of the need. */
  public static Interview start(Knowledge knowledge, Settings settings, String need) {
    return start(knowledge, settings, need, () -> new Recommender(knowledge));
  }

  /**
   * As {@link #start(Knowledge, Settings, String)}, with the recommender to read the need: the one
   * over the stored index, so a start does not rebuild the index (and embed every sentence of the
   * knowledge again). Asked for only when there is a need to read.
   */
  public static Interview start(
      Knowledge knowledge, Settings settings, String need, Supplier<Recommender> recommender) {
    if (need == null || need.isBlank()) {
      return start(knowledge, settings);
    }
    Recommendation rec = recommender.get().recommend(need, knowledge.roles().size());
    return new Interview(knowledge, settings, need, prior(knowledge, rec, settings.startWeight()));
  }

  /**
   * The starting belief from the recommend engine: softmax(weight * score), scores in [0, 1] and 0
   * for roles the text says nothing about. With weight 3 a clear description (score 0.8) gives its
   * role about half the belief: a head start that the answers confirm or overturn, never a verdict.
   * When nothing in the text fits, the belief stays uniform.
   */
  static double[] prior(Knowledge knowledge, Recommendation rec, double weight) {
    List<Role> roles = knowledge.roles();
    double[] p = new double[roles.size()];
    for (int r = 0; r < roles.size(); r++) {
      String id = roles.get(r).id();
      double score =
          rec.recommendations().stream()
              .filter(m -> m.role().equals(id))
              .mapToDouble(Recommendation.RoleMatch::score)
              .findFirst()
              .orElse(0);
      p[r] = Math.exp(weight * score);
    }
    return Belief.normalize(p);
  }

  // ---- state ----

  /** The question to ask now, or null when the interview is over. */
  public Question current() {
    int q = currentIndex();
    return q < 0 ? null : knowledge.questions().get(q);
  }

  public boolean finished() {
    return currentIndex() < 0;
  }

  /** How many questions were asked so far (answered or skipped); the current one is asked + 1. */
  public int asked() {
    return history.size();
  }

  public List<Step> history() {
    return List.copyOf(history);
  }

  public Settings settings() {
    return settings;
  }

  /** The current probability of each role, in knowledge order. */
  public double[] belief() {
    return belief.clone();
  }

  public double probability(String roleId) {
    return belief[roleIds.indexOf(roleId)];
  }

  /** Why the interview ended (or would end now): see {@link Ending}. */
  public Ending ending() {
    if (left) {
      return Ending.LEFT;
    }
    if (confident()) {
      return Ending.CONFIDENT;
    }
    if (history.size() >= settings.maxQuestions()) {
      return Ending.MAX_QUESTIONS;
    }
    if (currentIndex() < 0) {
      return Ending.OUT_OF_QUESTIONS;
    }
    return null;
  }

  /** Ways an interview ends. */
  public enum Ending {
    CONFIDENT("one role is clearly ahead"),
    MAX_QUESTIONS("the question limit was reached"),
    OUT_OF_QUESTIONS("no question left that would tell the roles apart"),
    LEFT("you left the interview early");

    private final String reason;

    Ending(String reason) {
      this.reason = reason;
    }

    public String reason() {
      return reason;
    }

    @Override
    public String toString() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }

  // ---- transitions ----

  /** Answers the current question with choice {@code index} (0-based). */
  public void answer(int index) {
    int q = requireCurrent();
    if (index < 0 || index >= knowledge.questions().get(q).answers().size()) {
      throw new IllegalArgumentException("no answer " + index + " to question " + q);
    }
    history.add(new Step(q, index));
    belief = Belief.update(belief, likelihood[q][index]);
    current = null;
  }

  /** Skips the current question: it is not asked again, and the belief does not change. */
  public void skip() {
    history.add(new Step(requireCurrent(), SKIPPED));
    current = null;
  }

  /** Undoes the last answer or skip; false when there is nothing to undo. */
  public boolean back() {
    if (history.isEmpty()) {
      return false;
    }
    history.remove(history.size() - 1);
    left = false;
    recompute();
    return true;
  }

  /** Ends the interview now, with the belief as it stands. */
  public void leave() {
    left = true;
    current = null;
  }

  /** Why the current question is asked now. */
  public Explanation why() {
    return Explanation.of(knowledge, requireCurrent(), belief, likelihood[requireCurrent()]);
  }

  /** The answer as it stands: a recommendation over the belief, plus the trail. */
  public InterviewResult result() {
    return Results.of(this);
  }

  // ---- internals shared with the result builder ----

  Knowledge knowledge() {
    return knowledge;
  }

  String start() {
    return start;
  }

  double[] prior() {
    return prior.clone();
  }

  double[] likelihood(int question, int answer) {
    return likelihood[question][answer];
  }

  private void recompute() {
    double[] b = prior.clone();
    for (Step s : history) {
      if (s.answer() != SKIPPED) {
        b = Belief.update(b, likelihood[s.question()][s.answer()]);
      }
    }
    belief = b;
    current = null;
  }

  private boolean confident() {
    double[] top2 = Belief.top2(belief);
    return top2[0] >= settings.threshold() && top2[0] - top2[1] >= settings.lead();
  }

  private int currentIndex() {
    if (current == null) {
      current = left || confident() || history.size() >= settings.maxQuestions() ? -1 : best();
    }
    return current;
  }

  /**
   * The unasked question with the highest expected information gain over the current belief; ties
   * go to the earlier question in the knowledge. A question that cannot change the belief (every
   * role answers it alike) is never asked.
   */
  private int best() {
    boolean[] asked = new boolean[likelihood.length];
    for (Step s : history) {
      asked[s.question()] = true;
    }
    int best = -1;
    double bestGain = 1e-9;
    for (int q = 0; q < likelihood.length; q++) {
      if (!asked[q]) {
        double gain = Belief.expectedGain(belief, likelihood[q]);
        if (gain > bestGain) {
          best = q;
          bestGain = gain;
        }
      }
    }
    return best;
  }

  private int requireCurrent() {
    int q = currentIndex();
    if (q < 0) {
      throw new IllegalStateException("the interview is over");
    }
    return q;
  }
}
