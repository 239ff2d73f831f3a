package dev.aihire.engine.recommend;

import dev.aihire.engine.recommend.Recommendation.Avoid;
import dev.aihire.engine.recommend.Recommendation.NextStep;
import dev.aihire.engine.recommend.Recommendation.RunnerUp;
import dev.aihire.model.Role;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What comes with a recommended role, from the knowledge: the classic mis-hires to avoid, what
 * separates it from the runner-up, and what to look at next. Shared by {@code recommend} and the
 * guided interview, which rank roles differently but advise the same way.
 */
public final class Advice {
  /** At most this many mis-hires are named: more would bury the two that matter. */
  static final int MAX_AVOID = 2;

  private Advice() {}

  /**
   * Roles whose knowledge says "the wrong hire here: hire the top role instead", those with the
   * most weight for this need first (the likelier mistake), at most {@link #MAX_AVOID}.
   *
   * @param weight each role's weight for the need, by position in {@code roles}
   */
  public static List<Avoid> avoid(List<Role> roles, Role top, double[] weight) {
    record Candidate(Role role, String reason, double weight) {}
    List<Candidate> candidates = new ArrayList<>();
    for (int r = 0; r < roles.size(); r++) {
      Role other = roles.get(r);
      if (other == top) {
        continue;
      }
      for (Role.WrongHire w : other.wrongHireWhen()) {
        if (w.instead().equals(top.id())) {
          candidates.add(new Candidate(other, w.situation(), weight[r]));
          break;
        }
      }
    }
    candidates.sort(
        new Comparator<Candidate>() {
          @Override
          public int compare(Candidate a, Candidate b) {
            return Double.compare(-a.weight(), -b.weight());
          }
        });
    List<Avoid> out = new ArrayList<>();
    for (Candidate c : candidates.subList(0, Math.min(MAX_AVOID, candidates.size()))) {
      out.add(new Avoid(c.role().id(), c.role().name(), c.reason()));
    }
    return List.copyOf(out);
  }

  /**
   * As {@link #avoid(List, Role, double[])}, from the index's list of the roles that say to hire
   * the top role instead ({@code insteadOfTop}, in the roles' order, each role's first such
   * situation): only those roles are read, not every role of the knowledge.
   */
  static List<Avoid> avoid(
      List<RecommendIndex.Avoidance> insteadOfTop, List<Role> roles, int top, double[] weight) {
    List<RecommendIndex.Avoidance> candidates = new ArrayList<>();
    for (RecommendIndex.Avoidance a : insteadOfTop) {
      if (a.role() != top) {
        candidates.add(a);
      }
    }
    // A class, not a lambda: linking one costs a one-line answer start-up time.
    candidates.sort(
        new Comparator<RecommendIndex.Avoidance>() {
          @Override
          public int compare(RecommendIndex.Avoidance a, RecommendIndex.Avoidance b) {
            return Double.compare(-weight[a.role()], -weight[b.role()]);
          }
        });
    List<Avoid> out = new ArrayList<>();
    for (RecommendIndex.Avoidance a :
        candidates.subList(0, Math.min(MAX_AVOID, candidates.size()))) {
      Role role = roles.get(a.role());
      out.add(new Avoid(role.id(), role.name(), a.situation()));
    }
    return out;
  }

  /** The runner-up and the knowledge sentence that separates it from the top role. */
  public static RunnerUp runnerUp(Role top, Role runner) {
    for (Role.Confusion c : top.confusedWith()) {
      if (c.role().equals(runner.id())) {
        return new RunnerUp(runner.id(), runner.name(), RunnerUp.Basis.DIFFERENCE, c.difference());
      }
    }
    for (Role.Confusion c : runner.confusedWith()) {
      if (c.role().equals(top.id())) {
        return new RunnerUp(runner.id(), runner.name(), RunnerUp.Basis.DIFFERENCE, c.difference());
      }
    }
    String hireFor = runner.hireFor().isEmpty() ? runner.summary() : runner.hireFor().get(0);
    return new RunnerUp(runner.id(), runner.name(), RunnerUp.Basis.HIRE_FOR, hireFor);
  }

  /**
   * The next steps after an answer: the comparison first when there is a real runner-up (the open
   * question), then the role itself; {@code roleFirst} puts the role first, as the interview does,
   * whose point is already the hire.
   */
  public static List<NextStep> next(Role top, Role runner, boolean roleFirst) {
    List<NextStep> next = new ArrayList<>();
    NextStep role = new NextStep(NextStep.Action.ROLES, List.of(top.id()));
    if (roleFirst) {
      next.add(role);
    }
    if (runner != null) {
      next.add(new NextStep(NextStep.Action.COMPARE, List.of(top.id(), runner.id())));
    }
    if (!roleFirst) {
      next.add(role);
    }
    return next;
  }
}
