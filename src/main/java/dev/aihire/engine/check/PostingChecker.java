package dev.aihire.engine.check;

import dev.aihire.engine.recommend.Recommender;
import dev.aihire.model.Knowledge;
import dev.aihire.model.Role;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Audits a job posting: does the work it describes match the role its title promises? Pure: the
 * same posting and year always give the same result.
 *
 * <p>Verdicts, and why:
 *
 * <ul>
 *   <li>{@code mismatch} needs the title's role to have under {@link #MISMATCH_SHARE} of the
 *       leading role's votes: postings for one role routinely mention a neighbour's work ("work
 *       with data engineers on pipelines"), and that is not a wrong title.
 *   <li>{@code unicorn} needs three roles each leading {@link #UNICORN_LINES} lines and holding
 *       {@link #UNICORN_SHARE} of the leader's votes: separate, strong evidence, not a stray line.
 *   <li>{@code vague} is below {@link #VAGUE_BELOW} votes in all: the body says too little.
 * </ul>
 */
public final class PostingChecker {
  static final double MISMATCH_SHARE = 0.6;
  static final double NEIGHBOUR_SHARE = 0.35;
  static final double UNICORN_SHARE = 0.5;
  static final int UNICORN_LINES = 4;
  static final double VAGUE_BELOW = 1.0;

  /** At most this many lines are named as another role's duties: the first ones make the case. */
  static final int MAX_DUTY_LINES = 5;

  private final TitleReader titles;
  private final DutiesVote duties;
  private final Smells smells;

  /** "a b" for every pair of roles that the knowledge says are confused, both ways round. */
  private final Set<String> neighbours = new HashSet<>();

  public PostingChecker(Knowledge knowledge) {
    this(knowledge, new Recommender(knowledge));
  }

  public PostingChecker(Knowledge knowledge, Recommender recommender) {
    this.titles = new TitleReader(knowledge, recommender);
    this.duties = new DutiesVote(knowledge, recommender);
    this.smells = new Smells(knowledge.postingChecks());
    for (Role r : knowledge.roles()) {
      for (Role.Confusion c : r.confusedWith()) {
        neighbours.add(r.id() + " " + c.role());
        neighbours.add(c.role() + " " + r.id());
      }
    }
  }

  /** {@code year} is the current year, for experience asked in years of a technology. */
  public CheckResult check(Posting posting, int year) {
    TitleReader.TitleRole title = titles.read(posting.title());
    DutiesVote.Result vote = duties.vote(posting);
    String dutiesRole = vote.best();
    double best = vote.total(dutiesRole);
    List<Finding> findings = new ArrayList<>();
    Verdict verdict;
    if (title.leadership()) {
      verdict = Verdict.NOT_A_HIRE;
      findings.add(
          Finding.of(
              posting.titleLine(), Finding.Kinds.NOT_A_HIRE, dutiesRole, List.of(posting.title())));
    } else if (best < VAGUE_BELOW) {
      boolean nothing = vote.lines().isEmpty() && title.role() == null;
      verdict = nothing ? Verdict.NOT_A_HIRE : Verdict.VAGUE;
      findings.add(
          Finding.of(
              posting.titleLine(),
              nothing ? Finding.Kinds.NOT_A_HIRE : Finding.Kinds.VAGUE_DUTIES,
              title.role(),
              List.of()));
      dutiesRole = best > 0 ? dutiesRole : null;
    } else {
      List<String> strong = strongRoles(vote, best);
      if (title.role() != null
          && !title.role().equals(dutiesRole)
          && vote.total(title.role()) < share(title.role(), dutiesRole) * best) {
        verdict = Verdict.MISMATCH;
        findings.add(
            Finding.of(
                posting.titleLine(),
                Finding.Kinds.TITLE_MISMATCH,
                dutiesRole,
                List.of(title.role())));
        dutyLines(vote, dutiesRole, MAX_DUTY_LINES, findings);
      } else if (strong.size() >= 3) {
        verdict = Verdict.UNICORN;
        findings.add(Finding.of(posting.titleLine(), Finding.Kinds.SEVERAL_ROLES, null, strong));
        for (String role : strong) {
          dutyLines(vote, role, 1, findings);
        }
      } else {
        verdict = Verdict.MATCH;
      }
    }
    List<String> roles = new ArrayList<>();
    if (title.role() != null) {
      roles.add(title.role());
    }
    if (dutiesRole != null) {
      roles.add(dutiesRole);
    }
    findings.addAll(smells.find(posting, roles, year));
    findings.sort(Comparator.comparingInt(Finding::line));
    return new CheckResult(posting.title(), title.role(), dutiesRole, verdict, findings);
  }

  /**
   * How small the title role's share of the leader's votes must be for a mismatch: smaller for
   * roles the knowledge calls easily confused, whose postings overlap by nature.
   */
  private double share(String titleRole, String dutiesRole) {
    return neighbours.contains(titleRole + " " + dutiesRole) ? NEIGHBOUR_SHARE : MISMATCH_SHARE;
  }

  /** The roles with their own strong evidence, most votes first. */
  private static List<String> strongRoles(DutiesVote.Result vote, double best) {
    return vote.totals().entrySet().stream()
        .filter(
            e ->
                e.getValue() >= UNICORN_SHARE * best
                    && vote.strongLines().getOrDefault(e.getKey(), 0) >= UNICORN_LINES)
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
        .map(Map.Entry::getKey)
        .toList();
  }

  private static void dutyLines(DutiesVote.Result vote, String role, int max, List<Finding> into) {
    vote.lines().stream()
        .filter(v -> v.role().equals(role) && v.score() >= DutiesVote.STRONG_LINE)
        .limit(max)
        .forEach(
            v -> into.add(Finding.of(v.line(), Finding.Kinds.OTHER_ROLE_DUTIES, role, v.words())));
  }
}
