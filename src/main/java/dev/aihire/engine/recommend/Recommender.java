package dev.aihire.engine.recommend;

import dev.aihire.model.Knowledge;
import dev.aihire.model.Role;
import dev.aihire.text.Normalizer;
import dev.aihire.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Recommends roles for a hiring need from the signals of the knowledge. Pure: no I/O, and the
 * same text always gives the same answer.
 *
 * <p>Scoring, and why:
 * <ul>
 *   <li>Each signal counts once per need however often it is said, plus a little for
 *       repetition, so a 4,000-character posting that says "SQL" twenty times does not outvote a
 *       six-word need's one decisive phrase.
 *   <li>A match inside a longer match is dropped ("pipeline" inside "ML pipeline"): the longer
 *       phrase is the more specific evidence.
 *   <li>A signal said in the negative ("we don't need anyone to train models") counts against
 *       its role at {@link #NEGATED} of its weight.
 *   <li>The top role's score is the evidence's strength, 1 - e^(-raw/{@link #SCALE}); the
 *       others are scaled by their share of the top's evidence. Scores lie in [0, 1].
 *   <li>Below {@link #ABSTAIN_BELOW} raw points nothing is recommended: a plumber is not a
 *       weak data engineer.
 * </ul>
 */
public final class Recommender {
  static final double NEGATED = 0.75;
  static final double REPEAT_BONUS = 0.15;
  static final int MAX_REPEATS = 3;
  static final double SCALE = 6.0;
  static final double ABSTAIN_BELOW = 2.5;
  static final int MAX_WHY = 5;

  private final Knowledge knowledge;
  private final SignalIndex index;

  public Recommender(Knowledge knowledge) {
    this.knowledge = knowledge;
    this.index = new SignalIndex(knowledge);
  }

  public int signalCount() {
    return index.size();
  }

  public Recommendation recommend(String text, int top) {
    List<Token> tokens = Normalizer.tokens(text);
    String nfkc = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC);
    List<Match> matches = longestMatches(tokens);
    List<Role> roles = index.roles();
    double[] raw = new double[roles.size()];
    List<Map<String, Hit>> hits = new ArrayList<>();
    for (int r = 0; r < roles.size(); r++) {
      hits.add(new LinkedHashMap<>());
    }
    for (Match m : matches) {
      Map<String, Hit> roleHits = hits.get(m.pattern.role());
      Hit h = roleHits.get(m.pattern.signal());
      if (h == null) {
        roleHits.put(m.pattern.signal(), new Hit(m, 1));
      } else {
        h.count++;
        if (h.first.negated && !m.negated) {
          h.first = m; // one plain mention outweighs a negated one
        }
      }
    }
    List<List<Recommendation.Evidence>> evidence = new ArrayList<>();
    for (int r = 0; r < roles.size(); r++) {
      List<Recommendation.Evidence> ev = new ArrayList<>();
      for (Hit h : hits.get(r).values()) {
        double points = points(h);
        if (points != 0) {
          raw[r] += points;
          Token a = tokens.get(h.first.from);
          Token b = tokens.get(h.first.to - 1);
          ev.add(new Recommendation.Evidence(nfkc.substring(a.start(), b.end()),
              h.first.pattern.signal(), round(points), h.first.negated));
        }
      }
      ev.sort(Comparator.comparingDouble((Recommendation.Evidence e) -> -e.points()));
      evidence.add(ev);
    }
    Integer[] order = new Integer[roles.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    // Ties break by knowledge order, so the answer never depends on hashing.
    java.util.Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -raw[i])
        .thenComparingInt(i -> i));
    double best = raw[order[0]];
    if (best < ABSTAIN_BELOW) {
      return new Recommendation(text, List.of(), "none", List.of(), null, List.of());
    }
    double strength = 1 - Math.exp(-best / SCALE);
    List<Recommendation.RoleMatch> out = new ArrayList<>();
    for (int i = 0; i < Math.min(top, order.length); i++) {
      int r = order[i];
      if (raw[r] <= 0) {
        break;
      }
      Role role = roles.get(r);
      double score = round(strength * raw[r] / best);
      List<String> why = new ArrayList<>();
      for (Recommendation.Evidence e : evidence.get(r)) {
        if (e.points() > 0 && why.size() < MAX_WHY) {
          why.add("\"" + e.text() + "\" is a sign of " + role.name()
              + (e.signal().equalsIgnoreCase(e.text()) ? "" : " (" + e.signal() + ")"));
        }
      }
      out.add(new Recommendation.RoleMatch(role.id(), role.name(), score, why, role.summary(),
          evidence.get(r)));
    }
    Role first = roles.get(order[0]);
    double second = order.length > 1 ? Math.max(0, raw[order[1]]) : 0;
    Role runner = order.length > 1 && second > 0 ? roles.get(order[1]) : null;
    return new Recommendation(text, out, confidence(best, second), avoid(first, raw),
        runner == null ? null : runnerUp(first, runner), next(first, runner));
  }

  private static double points(Hit h) {
    int w = h.first.pattern.weight();
    if (h.first.negated) {
      return w > 0 ? -NEGATED * w : 0; // "not without X" is too subtle to count either way
    }
    return w * (1 + REPEAT_BONUS * Math.min(h.count - 1, MAX_REPEATS));
  }

  /** Strong when the evidence is plentiful and clearly ahead; weak when thin or neck and neck. */
  static String confidence(double best, double second) {
    double gap = best <= 0 ? 0 : (best - second) / best;
    if (best >= 5 && gap >= 0.35) {
      return "strong";
    }
    if (best < 3.5 || gap < 0.12) {
      return "weak";
    }
    return "moderate";
  }

  /** Roles whose knowledge says "wrong hire here, hire the top role instead". */
  private List<Recommendation.Avoid> avoid(Role top, double[] raw) {
    record Candidate(Role role, String reason, double raw) {}
    List<Candidate> candidates = new ArrayList<>();
    List<Role> roles = index.roles();
    for (int r = 0; r < roles.size(); r++) {
      Role other = roles.get(r);
      if (other == top) {
        continue;
      }
      for (Role.WrongHire w : other.wrongHireWhen()) {
        if (w.instead().equals(top.id())) {
          candidates.add(new Candidate(other, w.situation(), raw[r]));
          break;
        }
      }
    }
    candidates.sort(Comparator.comparingDouble((Candidate c) -> -c.raw()));
    return candidates.stream().limit(2)
        .map(c -> new Recommendation.Avoid(c.role().id(), c.role().name(), c.reason()))
        .toList();
  }

  private Recommendation.RunnerUp runnerUp(Role top, Role runner) {
    for (Role.Confusion c : top.confusedWith()) {
      if (c.role().equals(runner.id())) {
        return new Recommendation.RunnerUp(runner.id(), runner.name(), c.difference());
      }
    }
    for (Role.Confusion c : runner.confusedWith()) {
      if (c.role().equals(top.id())) {
        return new Recommendation.RunnerUp(runner.id(), runner.name(), c.difference());
      }
    }
    String hireFor = runner.hireFor().isEmpty() ? runner.summary() : runner.hireFor().get(0);
    return new Recommendation.RunnerUp(runner.id(), runner.name(),
        "Hire " + runner.name() + " instead if the need is really this: " + hireFor);
  }

  private static List<String> next(Role top, Role runner) {
    List<String> next = new ArrayList<>();
    if (runner != null) {
      next.add("aihire compare " + top.id() + " " + runner.id());
    }
    next.add("aihire roles " + top.id());
    return next;
  }

  /** All pattern matches, less those lying strictly inside a longer match. */
  private List<Match> longestMatches(List<Token> tokens) {
    List<Match> all = new ArrayList<>();
    int n = tokens.size();
    for (int i = 0; i < n; i++) {
      for (SignalIndex.Pattern p : index.startingWith(tokens.get(i).stem())) {
        String[] s = p.stems();
        if (i + s.length > n) {
          continue;
        }
        boolean ok = true;
        boolean negated = tokens.get(i).negated();
        for (int j = 1; j < s.length && ok; j++) {
          Token t = tokens.get(i + j);
          ok = t.stem().equals(s[j]);
          negated |= t.negated();
        }
        if (ok) {
          all.add(new Match(p, i, i + s.length, negated));
        }
      }
    }
    if (all.size() < 2) {
      return all;
    }
    // bestReach[i]: the furthest end of any match starting at or before i (bestStart: where
    // that match starts); a match is inside another when that reach covers it.
    int[] longestFrom = new int[n + 1];
    for (Match m : all) {
      longestFrom[m.from] = Math.max(longestFrom[m.from], m.to);
    }
    List<Match> kept = new ArrayList<>(all.size());
    int reach = 0;
    int reachStart = -1;
    int[] bestReach = new int[n + 1];
    int[] bestStart = new int[n + 1];
    for (int i = 0; i < n; i++) {
      if (longestFrom[i] > reach) {
        reach = longestFrom[i];
        reachStart = i;
      }
      bestReach[i] = reach;
      bestStart[i] = reachStart;
    }
    for (Match m : all) {
      int r = bestReach[m.from];
      int s = bestStart[m.from];
      boolean inside = r >= m.to && (s < m.from || r > m.to);
      if (!inside) {
        kept.add(m);
      }
    }
    return kept;
  }

  private static double round(double d) {
    return Math.round(d * 1000.0) / 1000.0;
  }

  public Knowledge knowledge() {
    return knowledge;
  }

  private static final class Match {
    final SignalIndex.Pattern pattern;
    final int from;
    final int to;
    final boolean negated;

    Match(SignalIndex.Pattern pattern, int from, int to, boolean negated) {
      this.pattern = pattern;
      this.from = from;
      this.to = to;
      this.negated = negated;
    }
  }

  private static final class Hit {
    Match first;
    int count;

    Hit(Match first, int count) {
      this.first = first;
      this.count = count;
    }
  }
}
