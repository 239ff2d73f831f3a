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
  static final double NEGATED = Double.parseDouble(System.getProperty("aihire.ng", "0.75"));
  static final double REPEAT_BONUS = Double.parseDouble(System.getProperty("aihire.rb", "0.3"));
  static final int MAX_REPEATS = Integer.getInteger("aihire.mr", 5);
  static final double SCALE = 6.0;
  static final double ABSTAIN_BELOW = 2.5;
  static final int MAX_WHY = 5;
  static final double PROFILE_WEIGHT = Double.parseDouble(System.getProperty("aihire.pw", "0.8"));
  static final double PROFILE_CAP = Double.parseDouble(System.getProperty("aihire.pc", "4"));

  private final Knowledge knowledge;
  private final SignalIndex index;
  private final ProfileIndex profiles;

  public Recommender(Knowledge knowledge) {
    this.knowledge = knowledge;
    this.index = new SignalIndex(knowledge);
    this.profiles = new ProfileIndex(knowledge);
  }

  public int signalCount() {
    return index.size();
  }

  /** Raw points and evidence per role, in knowledge order: the scoring before any ranking. */
  public record Analysis(List<Role> roles, double[] raw,
      List<List<Recommendation.Evidence>> evidence) {}

  public Analysis analyse(String text) {
    List<Token> tokens = Normalizer.tokens(text);
    String nfkc = Normalizer.nfkc(text);
    List<Match> matches = longestMatches(tokens, nfkc);
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
      raw[r] += profileEvidence(r, tokens, nfkc, ev);
      ev.sort(Comparator.comparingDouble((Recommendation.Evidence e) -> -e.points()));
      evidence.add(ev);
    }
    return new Analysis(roles, raw, evidence);
  }

  public Recommendation recommend(String text, int top) {
    Analysis a = analyse(text);
    List<Role> roles = a.roles();
    double[] raw = a.raw();
    List<List<Recommendation.Evidence>> evidence = a.evidence();
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

  /**
   * Words of the need found in the role's profile, each once, worth {@link #PROFILE_WEIGHT}
   * of its rarity among roles, capped at {@link #PROFILE_CAP} so a long posting's many words
   * never outweigh the signals.
   */
  private double profileEvidence(int role, List<Token> tokens, String nfkc,
      List<Recommendation.Evidence> ev) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    double sum = 0;
    for (Token t : tokens) {
      if (t.negated() || !seen.add(t.stem())) {
        continue;
      }
      double w = profiles.weight(role, t.stem());
      if (w > 0) {
        sum += PROFILE_WEIGHT * w;
        if (ev.size() < 40) {
          ev.add(new Recommendation.Evidence(nfkc.substring(t.start(), t.end()), "(profile)",
              round(PROFILE_WEIGHT * w), false));
        }
      }
    }
    return Math.min(sum, PROFILE_CAP);
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
  private List<Match> longestMatches(List<Token> tokens, String nfkc) {
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
        if (ok && p.title() && plural(tokens.get(i + s.length - 1), nfkc)) {
          // "our data scientists", "work with ML engineers": colleagues, not the hire.
          ok = false;
        }
        if (ok) {
          all.add(new Match(p, i, i + s.length, negated));
        }
      }
    }
    // Containment is judged within one role: another role's phrase (even a negative one,
    // like "existing LLM API" against ML engineers) must not hide this role's evidence.
    List<Match> kept = new ArrayList<>(all.size());
    Map<Integer, List<Match>> byRole = new java.util.TreeMap<>();
    for (Match m : all) {
      byRole.computeIfAbsent(m.pattern.role(), k -> new ArrayList<>()).add(m);
    }
    for (List<Match> roleMatches : byRole.values()) {
      kept.addAll(outermost(roleMatches, n));
    }
    kept.sort(Comparator.comparingInt((Match m) -> m.from).thenComparingInt(m -> m.pattern.role()));
    return kept;
  }

  /** The matches not lying strictly inside another one ("pipeline" inside "ML pipeline"). */
  private static List<Match> outermost(List<Match> all, int n) {
    if (all.size() < 2) {
      return all;
    }
    List<Match> sorted = new ArrayList<>(all);
    // By start, longest first: a match is inside another iff an earlier one in this order
    // reaches at least as far (equal spans are the same words: both kept).
    sorted.sort(Comparator.comparingInt((Match m) -> m.from).thenComparingInt(m -> -m.to));
    List<Match> kept = new ArrayList<>(all.size());
    int reach = -1;
    int reachFrom = -1;
    for (Match m : sorted) {
      boolean inside = reach >= m.to && (reachFrom < m.from || reach > m.to);
      if (!inside) {
        kept.add(m);
      }
      if (m.to > reach) {
        reach = m.to;
        reachFrom = m.from;
      }
    }
    return kept;
  }

  private static boolean plural(Token t, String nfkc) {
    char last = nfkc.charAt(t.end() - 1);
    return (last == 's' || last == 'S') && t.end() - t.start() > t.stem().length()
        && !nfkc.substring(t.start(), t.end()).toLowerCase(java.util.Locale.ROOT).endsWith("ss");
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
