package dev.aihire.interview;

import dev.aihire.engine.recommend.Recommendation;
import dev.aihire.engine.recommend.Recommender;
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
  static final int MAX_WHY = 5;
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
    List<Interview.Step> answered = interview.history().stream()
        .filter(s -> s.answer() != Interview.SKIPPED).toList();

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
        avoid(roles, first, belief),
        runner == null ? null : Recommender.runnerUp(first, runner),
        next(first, runner),
        trail(interview),
        interview.asked(),
        ending == null ? Interview.Ending.LEFT.toString() : ending.toString());
  }

  private static Recommendation.RoleMatch match(Interview interview, Role role, int r, int rival,
      List<Interview.Step> answered, double p) {
    Knowledge k = interview.knowledge();
    List<Recommendation.Evidence> evidence = new ArrayList<>();
    for (Interview.Step s : answered) {
      double[] l = interview.likelihood(s.question(), s.answer());
      // What this answer did for the role against its closest rival, as a log-odds shift.
      double shift = rival < 0 ? 0 : Math.log(l[r]) - Math.log(l[rival]);
      Question q = k.questions().get(s.question());
      evidence.add(new Recommendation.Evidence(q.answers().get(s.answer()).text(), q.id(),
          round(shift), false));
    }
    evidence.sort(Comparator.comparingDouble((Recommendation.Evidence e) -> -e.points()));
    List<String> why = new ArrayList<>();
    for (Recommendation.Evidence e : evidence) {
      if (e.points() >= DECISIVE && why.size() < MAX_WHY) {
        Question q = question(k, e.signal());
        why.add("You answered \"" + e.text() + "\" to \"" + q.text() + "\"");
      }
    }
    // Answers that barely moved anything are not worth a "but ... counts against it" line.
    evidence.removeIf(e -> Math.abs(e.points()) < DECISIVE);
    return new Recommendation.RoleMatch(role.id(), role.name(), round(p), why, role.summary(),
        evidence);
  }

  private static Question question(Knowledge k, String id) {
    return k.questions().stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow();
  }

  static String confidence(double[] belief, Interview.Ending ending) {
    double[] top2 = Belief.top2(belief);
    if (ending == Interview.Ending.CONFIDENT || top2[0] >= 0.8) {
      return "strong";
    }
    return top2[0] >= 0.5 && top2[0] - top2[1] >= 0.2 ? "moderate" : "weak";
  }

  /** Roles whose knowledge says "the wrong hire here: hire the top role instead". */
  private static List<Recommendation.Avoid> avoid(List<Role> roles, Role top, double[] belief) {
    record Candidate(Role role, String reason, double p) {}
    List<Candidate> candidates = new ArrayList<>();
    for (int r = 0; r < roles.size(); r++) {
      Role other = roles.get(r);
      if (other == top) {
        continue;
      }
      for (Role.WrongHire w : other.wrongHireWhen()) {
        if (w.instead().equals(top.id())) {
          candidates.add(new Candidate(other, w.situation(), belief[r]));
          break;
        }
      }
    }
    candidates.sort(Comparator.comparingDouble((Candidate c) -> -c.p()));
    return candidates.stream().limit(2)
        .map(c -> new Recommendation.Avoid(c.role().id(), c.role().name(), c.reason()))
        .toList();
  }

  /** The interview's point is a hire, so the role's candidate questions come first. */
  private static List<String> next(Role top, Role runner) {
    List<String> next = new ArrayList<>();
    next.add("aihire roles " + top.id());
    if (runner != null) {
      next.add("aihire compare " + top.id() + " " + runner.id());
    }
    return next;
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
      trail.add(new TrailEntry(q.id(), q.text(), q.answers().get(s.answer()).text(),
          effect(k.roles(), b, after)));
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
      parts.add(roles.get(down).name() + " " + percent(before[down]) + " → "
          + percent(after[down]));
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
