package dev.aihire.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/** The whole validated knowledge: immutable, with look-ups by id. */
public final class Knowledge {
  private final List<Role> roles;
  private final List<Term> glossary;
  private final List<RedFlag> redFlags;
  private final List<Question> questions;
  private final List<QuizItem> quiz;
  private final List<NotAHire> notAHire;

  /**
   * Kits, posting checks and the staffing sections are made on first use: storage decodes them
   * then, since most commands (a one-line recommend among them) read none of them.
   */
  private final Once<Map<String, Kit>> kits;

  private final Once<PostingChecks> postingChecks;
  private final Once<Staffing> staffing;

  /** Made on first look-up (lists read from storage find by id themselves). */
  private Map<String, Role> rolesById;

  private Map<String, Term> termsById;

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
    this(
        roles,
        glossary,
        redFlags,
        questions,
        quiz,
        notAHire,
        List.of(),
        PostingChecks.NONE,
        Staffing.NONE);
  }

  public Knowledge(
      List<Role> roles,
      List<Term> glossary,
      List<RedFlag> redFlags,
      List<Question> questions,
      List<QuizItem> quiz,
      List<NotAHire> notAHire,
      List<Kit> kits,
      PostingChecks postingChecks,
      Staffing staffing) {
    this(
        roles,
        glossary,
        redFlags,
        questions,
        quiz,
        notAHire,
        () -> kits,
        () -> postingChecks,
        () -> staffing);
    kits(); // an eager model is checked whole when it is made
    postingChecks();
    staffing();
  }

  /** As above, with the last three sections made when first asked for. */
  public Knowledge(
      List<Role> roles,
      List<Term> glossary,
      List<RedFlag> redFlags,
      List<Question> questions,
      List<QuizItem> quiz,
      List<NotAHire> notAHire,
      Supplier<List<Kit>> kits,
      Supplier<PostingChecks> postingChecks,
      Supplier<Staffing> staffing) {
    this.notAHire = own(notAHire);
    this.roles = own(roles);
    this.glossary = own(glossary);
    this.redFlags = own(redFlags);
    this.questions = own(questions);
    this.quiz = own(quiz);
    Objects.requireNonNull(kits);
    // A class, not a lambda: a one-line answer makes a Knowledge, and linking a lambda costs
    // start-up time (docs/performance.md).
    this.kits =
        Once.of(
            new Supplier<Map<String, Kit>>() {
              @Override
              public Map<String, Kit> get() {
                return byRole(kits.get());
              }
            });
    this.postingChecks = Once.of(postingChecks);
    this.staffing = Once.of(staffing);
  }

  /** A lazily made list is kept as it is (copying would make every element); others copied. */
  private static <E> List<E> own(List<E> list) {
    return list instanceof LazyList ? list : List.copyOf(list);
  }

  /** By id: through a lazy list's own look-up, else a map built on first use. */
  private static <E> E byId(List<E> list, Map<String, E> map, String id) {
    if (list instanceof LazyList<E> lazy) {
      int at = lazy.positionOf(id);
      return at < 0 ? null : list.get(at);
    }
    return map.get(id);
  }

  private synchronized Map<String, Role> rolesById() {
    if (rolesById == null && !(roles instanceof LazyList)) {
      Map<String, Role> byId = new LinkedHashMap<>();
      for (Role r : roles) {
        byId.put(r.id(), r);
      }
      rolesById = Collections.unmodifiableMap(byId);
    }
    return rolesById;
  }

  private synchronized Map<String, Term> termsById() {
    if (termsById == null && !(glossary instanceof LazyList)) {
      Map<String, Term> terms = new LinkedHashMap<>();
      for (Term t : glossary) {
        terms.put(t.id(), t);
      }
      termsById = Collections.unmodifiableMap(terms);
    }
    return termsById;
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

  /** Interview kits by role id, for the roles that have one. */
  public Map<String, Kit> kits() {
    return kits.get();
  }

  /** Posting smells and job-ad checks for 'check'. */
  public PostingChecks postingChecks() {
    return postingChecks.get();
  }

  /** The first kit of each role, in knowledge order. */
  private static Map<String, Kit> byRole(List<Kit> kits) {
    Map<String, Kit> kitsByRole = new LinkedHashMap<>();
    for (Kit kit : kits) {
      kitsByRole.putIfAbsent(kit.role(), kit);
    }
    return Collections.unmodifiableMap(kitsByRole);
  }

  public TeamPlanning team() {
    return staffing().team();
  }

  public TeamAudit teamAudit() {
    return staffing().teamAudit();
  }

  public List<Incident> incidents() {
    return staffing().incidents();
  }

  /** The sections about whole teams and their incidents: team, team_audit, incidents. */
  public Staffing staffing() {
    return staffing.get();
  }

  public Optional<Role> role(String id) {
    return Optional.ofNullable(byId(roles, rolesById(), id));
  }

  /** For ids the loader has already checked. */
  public Role roleById(String id) {
    Role r = byId(roles, rolesById(), id);
    if (r == null) {
      throw new IllegalArgumentException("no role " + id);
    }
    return r;
  }

  public Optional<Term> term(String id) {
    return Optional.ofNullable(byId(glossary, termsById(), id));
  }
}
