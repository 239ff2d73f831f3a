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
  static final double REPEAT_BONUS = 0.3;
  static final int MAX_REPEATS = 5;
  static final double SCALE = 6.0;
  static final double ABSTAIN_BELOW = 2.5;
  /**
   * The top role needs this much from its signals alone, unless the need mentions the field at
   * all ({@link #FIELD_WORDS}): profile words ("clients", "brand") can tip a choice between
   * roles, but cannot make a sales rep or a designer an AI hire.
   */
  static final double SIGNAL_FLOOR = 1.0;

  /**
   * Words that place a need in AI or data at all. When no signal matched, profile words alone
   * may still decide ("our model's accuracy dropped") but only if one of these is said:
   * "reduce support tickets" or "sell our analytics software" are not AI hires.
   */
  private static final java.util.Set<String> FIELD_WORDS = java.util.Set.copyOf(
      Normalizer.stems("model ai ml llm gpt algorithm prediction predict forecast neural"
          + " generative dataset data chatbot dashboard sql statistic statistical experiment"
          + " pipeline warehouse architecture accuracy inference deep learning"));
  static final int MAX_WHY = 5;
  static final double RUNNER_UP_SHARE = 0.25;
  static final int SPELL_CHECK_UP_TO = 60;
  /** The signal name of evidence found in a role's profile rather than its signals. */
  public static final String PROFILE = "(profile)";
  static final double PROFILE_WEIGHT = 0.8;
  static final double PROFILE_CAP = 4;

  private final Knowledge knowledge;
  private final SignalIndex index;
  private final ProfileIndex profiles;
  /** For each role id, the other roles whose knowledge says "hire that one instead" (first say). */
  private final Map<String, List<RecommendIndex.Avoidance>> insteadOf;

  /** A recommender that builds its own index (for code and tests without stored knowledge). */
  public Recommender(Knowledge knowledge) {
    this(knowledge, RecommendIndex.build(knowledge));
  }

  /** A recommender over an index built for this knowledge (as the store returns them). */
  public Recommender(Knowledge knowledge, RecommendIndex ready) {
    this.knowledge = knowledge;
    this.index = ready.signals;
    this.profiles = ready.profiles;
    this.insteadOf = ready.avoidances;
  }

  public int signalCount() {
    return index.size();
  }

  /** Raw points and evidence per role, in knowledge order: the scoring before any ranking. */
  public record Analysis(List<Role> roles, double[] raw, double[] signalRaw,
      List<List<Recommendation.Evidence>> evidence) {}

  /** One role's score for a need: only roles with some evidence get one. */
  private static final class RoleScore {
    double raw;
    /** The part of {@link #raw} from signals, before the profile words are added. */
    double signal;
    double profile;
    final List<Recommendation.Evidence> evidence = new ArrayList<>();
  }

  public Analysis analyse(String text) {
    Map<Integer, RoleScore> scores = score(text);
    List<Role> roles = index.roles();
    double[] raw = new double[roles.size()];
    double[] signalRaw = new double[roles.size()];
    List<List<Recommendation.Evidence>> evidence = new ArrayList<>(roles.size());
    for (int r = 0; r < roles.size(); r++) {
      RoleScore s = scores.get(r);
      raw[r] = s == null ? 0 : s.raw;
      signalRaw[r] = s == null ? 0 : s.signal;
      evidence.add(s == null ? new ArrayList<>() : s.evidence);
    }
    return new Analysis(roles, raw, signalRaw, evidence);
  }

  /**
   * The evidence for each role that has any, by role position. The work is proportional to the
   * words of the need and the roles they point to, not to the number of roles.
   */
  private Map<Integer, RoleScore> score(String text) {
    List<Token> tokens = spellChecked(Normalizer.tokens(text));
    String nfkc = Normalizer.nfkc(text);
    List<Match> matches = longestMatches(tokens, nfkc);
    Map<Integer, Map<String, Hit>> hits = new java.util.TreeMap<>();
    for (Match m : matches) {
      Map<String, Hit> roleHits = hits.computeIfAbsent(m.pattern.role(),
          k -> new LinkedHashMap<>());
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
    Map<Integer, RoleScore> scores = new java.util.TreeMap<>();
    for (Map.Entry<Integer, Map<String, Hit>> e : hits.entrySet()) {
      RoleScore s = new RoleScore();
      scores.put(e.getKey(), s);
      for (Hit h : e.getValue().values()) {
        double points = points(h);
        if (points != 0) {
          s.raw += points;
          Token a = tokens.get(h.first.from);
          Token b = tokens.get(h.first.to - 1);
          s.evidence.add(new Recommendation.Evidence(nfkc.substring(a.start(), b.end()),
              h.first.pattern.signal(), round(points), h.first.negated,
              h.first.pattern.title()));
        }
      }
    }
    profileEvidence(tokens, nfkc, scores);
    for (RoleScore s : scores.values()) {
      s.signal = s.raw;
      s.raw += Math.min(s.profile, PROFILE_CAP);
      s.evidence.sort(Comparator.comparingDouble((Recommendation.Evidence e) -> -e.points()));
    }
    return scores;
  }

  public Recommendation recommend(String text, int top) {
    Map<Integer, RoleScore> scores = score(text);
    List<Role> roles = index.roles();
    // Only roles with points above zero are ever listed; ties break by knowledge order, so the
    // answer never depends on hashing.
    List<Integer> order = new ArrayList<>();
    for (Map.Entry<Integer, RoleScore> e : scores.entrySet()) {
      if (e.getValue().raw > 0) {
        order.add(e.getKey());
      }
    }
    order.sort(Comparator.comparingDouble((Integer i) -> -scores.get(i).raw)
        .thenComparingInt(i -> i));
    double best = order.isEmpty() ? 0 : scores.get(order.get(0)).raw;
    if (best < ABSTAIN_BELOW
        || (scores.get(order.get(0)).signal < SIGNAL_FLOOR && !mentionsTheField(text))) {
      return new Recommendation(text, List.of(), "none", List.of(), null, List.of());
    }
    double strength = 1 - Math.exp(-best / SCALE);
    List<Recommendation.RoleMatch> out = new ArrayList<>();
    for (int i = 0; i < Math.min(top, order.size()); i++) {
      int r = order.get(i);
      RoleScore s = scores.get(r);
      Role role = roles.get(r);
      double score = round(strength * s.raw / best);
      List<String> why = why(role, s.evidence);
      out.add(new Recommendation.RoleMatch(role.id(), role.name(), score, why, role.summary(),
          s.evidence));
    }
    Role first = roles.get(order.get(0));
    double second = order.size() > 1 ? scores.get(order.get(1)).raw : 0;
    // A runner-up with a sliver of the evidence is noise, not a real alternative to discuss.
    Role runner = order.size() > 1 && second >= RUNNER_UP_SHARE * best
        ? roles.get(order.get(1)) : null;
    return new Recommendation(text, out, confidence(best, second), avoid(first, scores),
        runner == null ? null : runnerUp(first, runner), next(first, runner),
        titleMismatch(roles, scores));
  }

  /**
   * Words of the need found in a role's profile, each once, worth {@link #PROFILE_WEIGHT}
   * of its rarity among roles; the sum is capped at {@link #PROFILE_CAP} (by the caller) so a
   * long posting's many words never outweigh the signals. A role shows at most 40 evidences.
   */
  private void profileEvidence(List<Token> tokens, String nfkc, Map<Integer, RoleScore> scores) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Token t : tokens) {
      if (t.negated() || !seen.add(t.stem())) {
        continue;
      }
      ProfileIndex.Postings p = profiles.postings(t.stem());
      if (p == null) {
        continue;
      }
      String quoted = null;
      for (int i = 0; i < p.roles().length; i++) {
        double w = p.weights()[i];
        RoleScore s = scores.get(p.roles()[i]);
        if (s == null) {
          s = new RoleScore();
          scores.put(p.roles()[i], s);
        }
        s.profile += PROFILE_WEIGHT * w;
        if (s.evidence.size() < 40) {
          if (quoted == null) {
            quoted = nfkc.substring(t.start(), t.end());
          }
          s.evidence.add(new Recommendation.Evidence(quoted, PROFILE,
              round(PROFILE_WEIGHT * w), false));
        }
      }
    }
  }

  /**
   * The user's own words that drove a role, strongest first: each matched signal, then the
   * words found in the role's profile gathered in one line.
   */
  private static List<String> why(Role role, List<Recommendation.Evidence> evidence) {
    List<String> why = new ArrayList<>();
    java.util.Set<String> quoted = new java.util.HashSet<>();
    List<String> profileWords = new ArrayList<>();
    // Signals first, then profile words not already quoted by a signal.
    for (Recommendation.Evidence e : evidence) {
      String key = e.text().toLowerCase(java.util.Locale.ROOT);
      if (e.points() > 0 && !e.signal().equals(PROFILE) && why.size() < MAX_WHY
          && quoted.add(key)) {
        why.add("\"" + e.text() + "\" is a sign of " + role.name()
            + (e.signal().equalsIgnoreCase(e.text()) ? "" : " (" + e.signal() + ")"));
      }
    }
    for (Recommendation.Evidence e : evidence) {
      String key = e.text().toLowerCase(java.util.Locale.ROOT);
      if (e.points() > 0 && e.signal().equals(PROFILE) && profileWords.size() < 4
          && quoted.stream().noneMatch(q -> q.contains(key))) {
        profileWords.add("\"" + e.text() + "\"");
      }
    }
    if (!profileWords.isEmpty()) {
      why.add(String.join(", ", profileWords) + (profileWords.size() == 1 ? " is" : " are")
          + " part of what " + article(role.name()) + " " + role.name() + " does");
    }
    return why;
  }

  private static String article(String name) {
    return "AEIOU".indexOf(Character.toUpperCase(name.charAt(0))) >= 0
        || name.startsWith("ML") || name.startsWith("MLOps") ? "an" : "a";
  }

  /**
   * A posting smell: the text names one role, but without the name its duties point to
   * another ("a Data Scientist who builds weekly dashboards").
   *
   * <p>Looks at the roles with evidence only, in knowledge order: a role without any scores 0
   * by its name and 0 by its duties, so it can be neither the named role nor (being below
   * {@link #ABSTAIN_BELOW}) the one the duties point to; ties go to the earlier role.
   */
  private static List<String> titleMismatch(List<Role> roles, Map<Integer, RoleScore> scores) {
    int named = -1;
    double namedTitled = 0;
    int byDuties = -1;
    double dutiesRaw = 0;
    for (Map.Entry<Integer, RoleScore> e : scores.entrySet()) {
      double titled = 0;
      for (Recommendation.Evidence ev : e.getValue().evidence) {
        if (ev.title() && ev.points() > 0) {
          titled += ev.points();
        }
      }
      if (titled > 0 && (named < 0 || titled > namedTitled)) {
        named = e.getKey();
        namedTitled = titled;
      }
      double duties = e.getValue().raw - titled;
      if (byDuties < 0 || duties > dutiesRaw) {
        byDuties = e.getKey();
        dutiesRaw = duties;
      }
    }
    if (named < 0 || byDuties == named || dutiesRaw < ABSTAIN_BELOW) {
      return List.of();
    }
    Role title = roles.get(named);
    Role duties = roles.get(byDuties);
    return List.of("The text names " + title.name() + ", but its duties read more like "
        + duties.name() + ": a title over another role's work is a classic posting smell."
        + " Check with: aihire compare " + title.id() + " " + duties.id());
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
  private List<Recommendation.Avoid> avoid(Role top, Map<Integer, RoleScore> scores) {
    record Candidate(Role role, String reason, double raw) {}
    List<Candidate> candidates = new ArrayList<>();
    List<Role> roles = index.roles();
    for (RecommendIndex.Avoidance a : insteadOf.getOrDefault(top.id(), List.of())) {
      Role other = roles.get(a.role());
      if (other == top) {
        continue;
      }
      RoleScore s = scores.get(a.role());
      candidates.add(new Candidate(other, a.situation(), s == null ? 0 : s.raw));
    }
    candidates.sort(Comparator.comparingDouble((Candidate c) -> -c.raw()));
    return candidates.stream().limit(2)
        .map(c -> new Recommendation.Avoid(c.role().id(), c.role().name(), c.reason()))
        .toList();
  }

  /** The runner-up and the sentence that separates it from the top role. */
  public static Recommendation.RunnerUp runnerUp(Role top, Role runner) {
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
          // A phrase that itself says "no"/"don't" ("no model yet") carries its own negation:
          // only a negation from before the phrase counts.
          negated |= t.negated() && !p.selfNegating();
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

  /**
   * Typos are forgiven in short needs only: a manager's one-line need may hinge on one
   * misspelt word, while a long posting is proof-read and full of real words (names, places)
   * that are one letter away from a knowledge word.
   */
  private List<Token> spellChecked(List<Token> tokens) {
    if (tokens.size() > SPELL_CHECK_UP_TO) {
      return tokens;
    }
    List<Token> out = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      String fixed = index.spelled(t.stem());
      out.add(fixed.equals(t.stem()) ? t : new Token(fixed, t.start(), t.end(), t.negated()));
    }
    return out;
  }

  private static boolean mentionsTheField(String text) {
    for (Token t : Normalizer.tokens(text)) {
      if (FIELD_WORDS.contains(t.stem())) {
        return true;
      }
    }
    return false;
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
