package dev.aihire.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The whole validated knowledge: immutable, with look-ups by id. */
public final class Knowledge {
  private final List<Role> roles;
  private final List<Term> glossary;
  private final List<RedFlag> redFlags;
  private final List<Question> questions;
  private final List<QuizItem> quiz;
  private final Map<String, Role> rolesById;
  private final Map<String, Term> termsById;
  private final List<NotAHire> notAHire;
  private final Staffing staffing;

  public Knowledge(
      List<Role> roles,
      List<Term> glossary,
      List<RedFlag> redFlags,
      List<Question> questions,
      List<QuizItem> quiz) {
    this(roles, glossary, redFlags, questions, quiz, List.of());
  }

  public Knowledge(
      List<Role> roles,
      List<Term> glossary,
      List<RedFlag> redFlags,
      List<Question> questions,
      List<QuizItem> quiz,
      List<NotAHire> notAHire) {
    this(roles, glossary, redFlags, questions, quiz, notAHire, Staffing.NONE);
  }

  public Knowledge(
      List<Role> roles,
      List<Term> glossary,
      List<RedFlag> redFlags,
      List<Question> questions,
      List<QuizItem> quiz,
      List<NotAHire> notAHire,
      Staffing staffing) {
    this.notAHire = List.copyOf(notAHire);
    this.staffing = staffing;
    this.roles = List.copyOf(roles);
    this.glossary = List.copyOf(glossary);
    this.redFlags = List.copyOf(redFlags);
    this.questions = List.copyOf(questions);
    this.quiz = List.copyOf(quiz);
    Map<String, Role> byId = new LinkedHashMap<>();
    for (Role r : this.roles) {
      byId.put(r.id(), r);
    }
    this.rolesById = Collections.unmodifiableMap(byId);
    Map<String, Term> terms = new LinkedHashMap<>();
    for (Term t : this.glossary) {
      terms.put(t.id(), t);
    }
    this.termsById = Collections.unmodifiableMap(terms);
  }

  public List<Role> roles() {
    return roles;
  }

  public List<Term> glossary() {
    return glossary;
  }

  public List<RedFlag> redFlags() {
    return redFlags;
  }

  public List<Question> questions() {
    return questions;
  }

  public List<QuizItem> quiz() {
    return quiz;
  }

  /** Needs that are not an individual AI or data hire: other jobs, leadership, vendors. */
  public List<NotAHire> notAHire() {
    return notAHire;
  }

  public TeamPlanning team() {
    return staffing.team();
  }

  public TeamAudit teamAudit() {
    return staffing.teamAudit();
  }

  public List<Incident> incidents() {
    return staffing.incidents();
  }

  /** The sections about whole teams and their incidents: team, team_audit, incidents. */
  public Staffing staffing() {
    return staffing;
  }

  public Optional<Role> role(String id) {
    return Optional.ofNullable(rolesById.get(id));
  }

  /** For ids the loader has already checked. */
  public Role roleById(String id) {
    Role r = rolesById.get(id);
    if (r == null) {
      throw new IllegalArgumentException("no role " + id);
    }
    return r;
  }

  public Optional<Term> term(String id) {
    return Optional.ofNullable(termsById.get(id));
  }
}
