package dev.aihire.engine.team;

import dev.aihire.engine.phrases.PhraseMatcher;
import dev.aihire.engine.recommend.Recommendation;
import dev.aihire.engine.recommend.Recommender;
import dev.aihire.model.Knowledge;
import dev.aihire.model.Role;
import dev.aihire.model.Stage;
import dev.aihire.model.TeamPlanning;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plans hires for a need. The first hire is the recommend engine's answer; the knowledge's {@code
 * needs_first} rules put what it depends on before it when the need shows the condition (data
 * spread over several sources: data engineering before data science); each hire's {@code unlocks}
 * come next, then the recommend engine's other strong candidates. A hire whose {@code premature}
 * condition is not met goes to {@code not_yet} instead.
 */
public final class TeamPlanner {
  /** At most this many of the need's own words are quoted as a hire's reason. */
  static final int MAX_WHY = 4;

  /** How many of the recommend engine's roles are considered at all. */
  static final int CONSIDERED = 10;

  /** A further recommended role joins the plan only with this share of the top score. */
  static final double SHARE = 0.25;

  /** How many premature hires are named: the nearest ones make the point. */
  static final int MAX_NOT_YET = 3;

  /** Prerequisites of prerequisites are followed this deep, so a cycle cannot loop. */
  private static final int MAX_DEPTH = 4;

  private final Knowledge knowledge;
  private final Recommender recommender;

  public TeamPlanner(Knowledge knowledge) {
    this(knowledge, new Recommender(knowledge));
  }

  public TeamPlanner(Knowledge knowledge, Recommender recommender) {
    this.knowledge = knowledge;
    this.recommender = recommender;
  }

  /** Hires in a plan when none is asked for: one for a first hire, else three. */
  public static int defaultHires(Stage stage) {
    return stage == Stage.FIRST_HIRE ? 1 : 3;
  }

  /**
   * A plan of at most {@code hires} hires ({@link #defaultHires} when 0); {@code stage} may be
   * null, and is then read from the need when it says.
   */
  public TeamPlan plan(String need, int hires, Stage stage) {
    PhraseMatcher text = new PhraseMatcher(need);
    Stage effective = stage != null ? stage : stageOf(text);
    hires = hires > 0 ? hires : defaultHires(effective);
    Recommendation rec = recommender.recommend(need, CONSIDERED);
    Build b = new Build(text, rec, hires, effective);
    List<Recommendation.RoleMatch> candidates = rec.recommendations();
    if (!candidates.isEmpty()) {
      double floor = candidates.get(0).score() * SHARE;
      b.visit(candidates.get(0).role(), TeamPlan.Basis.RECOMMENDED, null, List.of(), null, 0);
      int next = 1;
      while (!b.full()) {
        String[] unlocked = b.unlocked.poll();
        if (unlocked != null) {
          b.visit(unlocked[0], TeamPlan.Basis.UNLOCKED, unlocked[1], List.of(), null, 0);
        } else if (next < candidates.size() && candidates.get(next).score() >= floor) {
          b.visit(
              candidates.get(next++).role(), TeamPlan.Basis.RECOMMENDED, null, List.of(), null, 0);
        } else {
          break;
        }
      }
      b.notYetAmongTheConsidered(candidates);
    }
    List<String> planned = b.placed.stream().map(TeamPlan.Hire::role).toList();
    List<TeamPlan.RiskFound> risks =
        planned.isEmpty()
            ? List.of()
            : RiskPatterns.find(knowledge.team().risks(), new HashSet<>(planned), text);
    return new TeamPlan(
        need,
        effective,
        stage == null && effective != null,
        b.placed,
        List.copyOf(b.notYet.values()),
        risks);
  }

  private Stage stageOf(PhraseMatcher text) {
    for (TeamPlanning.StageCue cue : knowledge.team().stages()) {
      if (!text.findAny(cue.when()).isEmpty()) {
        return cue.stage();
      }
    }
    return null;
  }

  private TeamPlanning.RolePlan planOf(String role) {
    return knowledge
        .team()
        .plan(role)
        .orElse(new TeamPlanning.RolePlan(role, List.of(), List.of(), List.of(), null, Map.of()));
  }

  /** The state of one plan being built. */
  private final class Build {
    final PhraseMatcher text;
    final Map<String, Recommendation.RoleMatch> recommended = new LinkedHashMap<>();
    final int hires;
    final Stage stage;
    final List<TeamPlan.Hire> placed = new ArrayList<>();
    final Map<String, TeamPlan.NotYet> notYet = new LinkedHashMap<>();

    /** Roles unlocked by placed hires, with the hire that unlocked them. */
    final Deque<String[]> unlocked = new ArrayDeque<>();

    Build(PhraseMatcher text, Recommendation rec, int hires, Stage stage) {
      this.text = text;
      this.hires = hires;
      this.stage = stage;
      for (Recommendation.RoleMatch m : rec.recommendations()) {
        recommended.put(m.role(), m);
      }
    }

    boolean full() {
      return placed.size() >= hires;
    }

    boolean isPlaced(String role) {
      return placed.stream().anyMatch(h -> h.role().equals(role));
    }

    void visit(
        String role,
        TeamPlan.Basis basis,
        String forRole,
        List<String> evidence,
        String because,
        int depth) {
      if (full()
          || isPlaced(role)
          || notYet.containsKey(role)
          || depth > MAX_DEPTH
          || knowledge.role(role).isEmpty()) {
        return;
      }
      TeamPlanning.RolePlan plan = planOf(role);
      for (TeamPlanning.Prerequisite p : plan.needsFirst()) {
        if (p.role() == null || isPlaced(p.role())) {
          continue;
        }
        List<String> found = quotes(text.findAny(p.when()));
        if (p.when().isEmpty() || !found.isEmpty()) {
          visit(p.role(), TeamPlan.Basis.PREREQUISITE, role, found, p.what(), depth + 1);
        }
      }
      if (full() || isPlaced(role)) {
        return;
      }
      if (premature(plan)) {
        notYet.put(role, notYet(role, plan.premature()));
        return;
      }
      if (basis == TeamPlan.Basis.UNLOCKED) {
        List<String> work = planOf(forRole).then();
        because = work.isEmpty() ? null : work.get(0);
      }
      placed.add(hire(role, basis, forRole, evidence, because, plan));
      for (String next : plan.unlocks()) {
        unlocked.add(new String[] {next, role});
      }
    }

    boolean premature(TeamPlanning.RolePlan plan) {
      TeamPlanning.Premature p = plan.premature();
      return p != null
          && text.findAny(p.rightWhen()).isEmpty()
          && p.rightAfter().stream().noneMatch(this::isPlaced);
    }

    TeamPlan.NotYet notYet(String role, TeamPlanning.Premature p) {
      return new TeamPlan.NotYet(role, name(role), p.condition(), p.rightAfter());
    }

    /**
     * Premature roles the need came near, or that people confuse with the first hire (the research
     * scientist hired for a standard recommendation engine); the list stays short.
     */
    void notYetAmongTheConsidered(List<Recommendation.RoleMatch> candidates) {
      List<String> near = new ArrayList<>();
      double floor = candidates.get(0).score() * SHARE;
      candidates.stream().filter(c -> c.score() >= floor).forEach(c -> near.add(c.role()));
      if (!placed.isEmpty()) {
        for (Role.Confusion c : knowledge.roleById(placed.get(0).role()).confusedWith()) {
          near.add(c.role());
        }
      }
      for (String role : near) {
        TeamPlanning.RolePlan plan = planOf(role);
        if (notYet.size() >= MAX_NOT_YET) {
          break;
        }
        if (!isPlaced(role) && !notYet.containsKey(role) && premature(plan)) {
          notYet.put(role, notYet(role, plan.premature()));
        }
      }
    }

    TeamPlan.Hire hire(
        String role,
        TeamPlan.Basis basis,
        String forRole,
        List<String> evidence,
        String because,
        TeamPlanning.RolePlan plan) {
      Recommendation.RoleMatch rec = recommended.get(role);
      // The recommender's reasons only where it chose the role: for a prerequisite or a next
      // step they are slivers of profile words, and the plan's own reason says more.
      List<String> why =
          rec == null || basis != TeamPlan.Basis.RECOMMENDED ? List.of() : rec.quotes(MAX_WHY);
      List<TeamPlan.NeedsFirst> needs = new ArrayList<>();
      for (TeamPlanning.Prerequisite p : plan.needsFirst()) {
        if (p.role() == null) {
          needs.add(new TeamPlan.NeedsFirst(null, null, p.what(), false));
        } else if (isPlaced(p.role())) {
          needs.add(new TeamPlan.NeedsFirst(p.role(), name(p.role()), p.what(), true));
        } else if (p.when().isEmpty()) {
          needs.add(new TeamPlan.NeedsFirst(p.role(), name(p.role()), p.what(), false));
        }
      }
      String note = stage == null ? null : plan.stageNotes().get(stage);
      return new TeamPlan.Hire(
          role,
          name(role),
          basis,
          forRole,
          forRole == null ? null : name(forRole),
          why,
          evidence,
          because,
          needs,
          plan.then(),
          note);
    }

    String name(String role) {
      return knowledge.role(role).map(Role::name).orElse(role);
    }
  }

  static List<String> quotes(List<PhraseMatcher.Match> matches) {
    return matches.stream().map(PhraseMatcher.Match::quoted).distinct().toList();
  }
}
