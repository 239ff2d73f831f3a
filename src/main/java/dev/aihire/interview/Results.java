package dev.aihire.interview;

import dev.aihire.engine.recommend.Advice;
import dev.aihire.engine.recommend.Recommendation;
import dev.aihire.engine.recommend.Recommendation.Confidence;
import dev.aihire.model.Knowledge;
import dev.aihire.model.Question;
import dev.aihire.model.Role;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Builds the {@link InterviewResult} of an interview in its current state. */
final class Results {
  /** At most this many roles are listed; the rest are noise after a few answers. */
  static final int TOP = 3;

  /** Roles after the first are listed only from this probability on. */
  static final double LISTED = 0.01;

  /** An answer "decided" a role when it shifted the odds against the rival by this much (ln). */
  static final double DECISIVE = 0.1;

  private Results() {}

  static InterviewResult of(Interview interview) {
    Knowledge k = interview.knowledge();
    List<Role> roles = k.roles();
    double[] belief = interview.belief();
    Integer[] order = Belief.order(belief);
    int top = order[0];
    int second = order.length > 1 ? order[1] : -1;
    List<Interview.Step> answered =
        interview.history().stream().filter(s -> s.answer() != Interview.SKIPPED).toList();

    List<Recommendation.RoleMatch> recs = new ArrayList<>();
    for (int i = 0; i < Math.min(TOP, order.length); i++) {
      int r = order[i];
      if (i > 0 && belief[r] < LISTED) {
        break;
      }
      int rival = r == top ? second : top;
      recs.add(match(interview, roles.get(r), r, rival, answered, belief[r]));
    }
    Role first = roles.get(top);
    Role runner = second >= 0 && recs.size() > 1 ? roles.get(second) : null;
    Interview.Ending ending = interview.ending();
    return new InterviewResult(
        interview.start() == null ? "" : interview.start(),
        recs,
        confidence(belief, ending),
        Advice.avoid(roles, first, belief),
        runner == null ? null : Advice.runnerUp(first, runner),
        Advice.next(first, runner, true),
        trail(interview),
        interview.asked(),
        ending == null ? Interview.Ending.LEFT.toString() : ending.toString());
  }

  private static Recommendation.RoleMatch match(
      Interview interview, Role role, int r, int rival, List<Interview.Step> answered, double p) {
    Knowledge k = interview.knowledge();
    List<Recommendation.Evidence> evidence = new ArrayList<>();
    for (Interview.Step s : answered) {
      double[] l = interview.likelihood(s.question(), s.answer());
      // What this answer did for the role against its closest rival, as a log-odds shift.
      double shift = rival < 0 ? 0 : Math.log(l[r]) - Math.log(l[rival]);
      // Answers that barely moved anything are not worth a "but ... counts against it" line.
      if (Math.abs(shift) >= DECISIVE) {
        Question q = k.questions().get(s.question());
        evidence.add(
            Recommendation.Evidence.answer(
                q.answers().get(s.answer()).text(), q.id(), round(shift)));
      }
    }
    evidence.sort(Comparator.comparingDouble((Recommendation.Evidence e) -> -e.points()));
    return new Recommendation.RoleMatch(role.id(), role.name(), round(p), role.summary(), evidence);
  }

  static Confidence confidence(double[] belief, Interview.Ending ending) {
    double[] top2 = Belief.top2(belief);
    if (ending == Interview.Ending.CONFIDENT || top2[0] >= 0.8) {
      return Confidence.STRONG;
    }
    return top2[0] >= 0.5 && top2[0] - top2[1] >= 0.2 ? Confidence.MODERATE : Confidence.WEAK;
  }

  private static List<TrailEntry> trail(Interview interview) {
    Knowledge k = interview.knowledge();
    List<TrailEntry> trail = new ArrayList<>();
    double[] b = interview.prior();
    for (Interview.Step s : interview.history()) {
      Question q = k.questions().get(s.question());
      if (s.answer() == Interview.SKIPPED) {
        trail.add(new TrailEntry(q.id(), q.text(), "skip", "skipped: no change"));
        continue;
      }
      double[] after = Belief.update(b, interview.likelihood(s.question(), s.answer()));
      trail.add(
          new TrailEntry(
              q.id(), q.text(), q.answers().get(s.answer()).text(), effect(k.roles(), b, after)));
      b = after;
    }
    return trail;
  }

  /** The role that gained most and the one that lost most, e.g. "AI Engineer 10% → 41%". */
  static String effect(List<Role> roles, double[] before, double[] after) {
    int up = 0;
    int down = 0;
    for (int r = 1; r < before.length; r++) {
      if (after[r] - before[r] > after[up] - before[up]) {
        up = r;
      }
      if (after[r] - before[r] < after[down] - before[down]) {
        down = r;
      }
    }
    List<String> parts = new ArrayList<>();
    if (after[up] - before[up] >= 0.005) {
      parts.add(roles.get(up).name() + " " + percent(before[up]) + " → " + percent(after[up]));
    }
    if (before[down] - after[down] >= 0.005) {
      parts.add(
          roles.get(down).name() + " " + percent(before[down]) + " → " + percent(after[down]));
    }
    return parts.isEmpty() ? "little change" : String.join("; ", parts);
  }

  static String percent(double p) {
    long n = Math.round(p * 100);
    return n == 0 && p > 0 ? "<1%" : n + "%";
  }

  private static double round(double d) {
    return Math.round(d * 1000.0) / 1000.0;
  }
}
