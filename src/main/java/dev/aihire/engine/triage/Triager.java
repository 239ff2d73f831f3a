package dev.aihire.engine.triage;

import dev.aihire.engine.phrases.PhraseMatcher;
import dev.aihire.model.Incident;
import dev.aihire.model.Knowledge;
import dev.aihire.model.Role;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Ranks the incident catalogue against a description. A cause scores the number of the text's words
 * its symptom phrases cover (so "research prototype recently handed off" outweighs a lone "slow");
 * symptoms said in the negative ("no deploy this week") do not count. Ties keep the catalogue's
 * order.
 */
public final class Triager {
  /** How many causes are listed. */
  static final int MAX_CAUSES = 6;

  /** How many quotes of the text are kept as one cause's evidence. */
  static final int MAX_EVIDENCE = 8;

  /** How many of them get a step in the investigation plan. */
  static final int PLANNED = 4;

  /** Words that carry no evidence of their own ("over the past week" counts past and week). */
  private static final Set<String> FILLER =
      Set.of(
          "the", "a", "an", "of", "to", "in", "on", "at", "for", "by", "over", "and", "or", "is",
          "ha", "has", "have", "been", "was", "our", "we", "it", "its", "this", "that", "with",
          "from", "after", "any", "side");

  private final Knowledge knowledge;

  public Triager(Knowledge knowledge) {
    this.knowledge = knowledge;
  }

  /** Triage; {@code team} holds the roles present on the team, or is null when not given. */
  public Triage triage(String incident, Set<String> team) {
    PhraseMatcher text = new PhraseMatcher(incident);
    List<Triage.Cause> causes = new ArrayList<>();
    for (Incident i : knowledge.incidents()) {
      Triage.Cause c = score(i, text);
      if (c != null) {
        causes.add(c);
      }
    }
    causes.sort(Comparator.comparingInt((Triage.Cause c) -> -c.score()));
    if (causes.size() > MAX_CAUSES) {
      causes = causes.subList(0, MAX_CAUSES);
    }
    if (causes.isEmpty()) {
      return new Triage(incident, causes, null, null, List.of(), List.of(), team != null);
    }
    String accountable = causes.get(0).owners().get(0);
    List<Triage.Step> plan = new ArrayList<>();
    plan.add(
        new Triage.Step(
            Triage.StepKind.OPEN, accountable, name(accountable), null, null, List.of()));
    List<Triage.Missing> missing = new ArrayList<>();
    for (Triage.Cause c : causes.subList(0, Math.min(PLANNED, causes.size()))) {
      String owner = ownerOnTeam(c, team);
      if (owner == null) {
        owner = c.owners().get(0);
        missing.add(new Triage.Missing(c.cause(), c.name(), owner, name(owner)));
      }
      plan.add(
          new Triage.Step(
              Triage.StepKind.CHECK, owner, name(owner), c.cause(), c.name(), c.checks()));
    }
    plan.add(
        new Triage.Step(
            Triage.StepKind.CLOSE, accountable, name(accountable), null, null, List.of()));
    return new Triage(
        incident, causes, accountable, name(accountable), plan, missing, team != null);
  }

  private Triage.Cause score(Incident incident, PhraseMatcher text) {
    List<PhraseMatcher.Match> matches = new ArrayList<>();
    BitSet covered = new BitSet();
    for (String symptom : incident.symptoms()) {
      for (PhraseMatcher.Match m : text.findAll(symptom)) {
        matches.add(m);
        for (int w : m.words()) {
          if (!FILLER.contains(text.tokens().get(w).stem())) {
            covered.set(w);
          }
        }
      }
    }
    if (covered.isEmpty()) {
      return null;
    }
    List<String> names = incident.owners().stream().map(this::name).toList();
    return new Triage.Cause(
        incident.id(),
        incident.name(),
        covered.cardinality(),
        incident.owners(),
        names,
        incident.checks(),
        evidence(matches, text),
        incident.explanation());
  }

  /** The user's words, overlapping matches joined into one quote, in the text's order. */
  private static List<String> evidence(List<PhraseMatcher.Match> matches, PhraseMatcher text) {
    matches.sort(Comparator.comparingInt(PhraseMatcher.Match::first));
    List<String> out = new ArrayList<>();
    int first = -1;
    int last = -1;
    for (PhraseMatcher.Match m : matches) {
      if (first >= 0 && m.first() > last) {
        out.add(text.quote(first, last));
        first = -1;
      }
      if (first < 0) {
        first = m.first();
        last = m.last();
      } else {
        last = Math.max(last, m.last());
      }
    }
    if (first >= 0) {
      out.add(text.quote(first, last));
    }
    // A report that repeats a symptom a thousand times is not a thousand pieces of evidence.
    return out.stream().distinct().limit(MAX_EVIDENCE).toList();
  }

  private static String ownerOnTeam(Triage.Cause c, Set<String> team) {
    if (team == null) {
      return c.owners().get(0);
    }
    return c.owners().stream().filter(team::contains).findFirst().orElse(null);
  }

  private String name(String role) {
    return knowledge.role(role).map(Role::name).orElse(role);
  }
}
