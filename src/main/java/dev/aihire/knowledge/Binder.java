package dev.aihire.knowledge;

import dev.aihire.model.Incident;
import dev.aihire.model.Kit;
import dev.aihire.model.Knowledge;
import dev.aihire.model.PostingChecks;
import dev.aihire.model.Question;
import dev.aihire.model.QuizItem;
import dev.aihire.model.RedFlag;
import dev.aihire.model.Role;
import dev.aihire.model.Staffing;
import dev.aihire.model.TeamAudit;
import dev.aihire.model.TeamPlanning;
import dev.aihire.model.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Gives the read YAML tree its meaning: checks the top level, hands each section to its binder
 * ({@link RoleBinder}, {@link GlossaryBinder}, {@link KitBinder} ...), which checks its shape
 * against the format in docs/knowledge-format.md, and builds the immutable model. What the binders
 * share lives here: the problems found, checked strings and numbers, ids, and the cross-references
 * (role ids, glossary ids) that {@link CrossChecks} checks once every id is known.
 */
final class Binder {
  static final Pattern CONTROL =
      Pattern.compile("[\\p{Cc}&&[^\\n\\t]]|[\\u202A-\\u202E\\u2066-\\u2069]");

  // The allowed top-level keys; roles.schema.json must agree (KnowledgeSchemaTest).
  static final Set<String> TOP =
      Set.of(
          "version",
          "roles",
          "glossary",
          "red_flags",
          "questions",
          "quiz",
          NotAHireBinder.SECTION,
          "kits",
          "posting_checks",
          "team",
          "team_audit",
          "incidents");

  private final String file;
  private final List<Problem> problems;
  final List<Ref> roleRefs = new ArrayList<>();
  final List<Ref> termRefs = new ArrayList<>();
  final Map<Object, Node> origins = new java.util.IdentityHashMap<>();
  final NotAHireBinder notAHire = new NotAHireBinder(this);

  /** A reference to a role or term id, checked when all ids are known. */
  record Ref(String id, Node at, String context) {}

  Binder(String file, List<Problem> problems) {
    this.file = file;
    this.problems = problems;
  }

  Knowledge bind(Node root) {
    if (!(root instanceof Node.MapNode map)) {
      problem(
          root, "the top level must be a mapping with 'version' and 'roles', not " + root.kind());
      return null;
    }
    Fields top = new Fields(this, map, "", TOP);
    if (top.has("version")) {
      top.integer("version", 1, 1); // reports any other value at its line and column
    } else {
      problem(map, "missing required key 'version' (add 'version: 1')");
    }
    List<Role> roles = new RoleBinder(this).bind(top);
    List<Term> glossary = new GlossaryBinder(this).bind(top);
    List<RedFlag> flags = new RedFlagBinder(this).bind(top);
    List<Question> questions = new QuestionBinder(this).bind(top);
    List<QuizItem> quiz = new QuizBinder(this).bind(top);
    List<Kit> kits = new KitBinder(this, roles).bind(top);
    PostingChecks postingChecks = new PostingChecksBinder(this).bind(top);
    TeamPlanning team = new TeamBinder(this).bind(top.entry("team"));
    TeamAudit teamAudit = new TeamAuditBinder(this).bind(top.entry("team_audit"));
    List<Incident> incidents = new IncidentBinder(this).bind(top.entry("incidents"));
    return new Knowledge(
        roles,
        glossary,
        flags,
        questions,
        quiz,
        notAHire.bind(top),
        kits,
        postingChecks,
        new Staffing(team, teamAudit, incidents));
  }

  // --- shared pieces -------------------------------------------------------------------

  Fields fields(Node n, String what, Set<String> allowed) {
    if (!(n instanceof Node.MapNode map)) {
      problem(n, "a " + what + " must be a mapping, not " + n.kind());
      return null;
    }
    return new Fields(this, map, context(what, map), allowed);
  }

  /** How a problem names the entry {@code f}: by its id when it has one, else by its line. */
  static String context(String what, Fields f) {
    return context(what, f.map());
  }

  private static String context(String what, Node.MapNode map) {
    Node.Entry id = map.entries().get("id");
    if (id != null && id.value() instanceof Node.Scalar s && !s.text().isBlank()) {
      return what + " '" + s.text() + "': ";
    }
    return what.contains(": ") ? what + ": " : what + " at line " + map.line() + ": ";
  }

  /** A required id: lower-case words joined by '-'. */
  String id(Fields f, String ctx) {
    String id = f.string("id");
    if (!id.isEmpty() && !validId(id)) {
      problem(
          f.entry("id").value(),
          ctx + "id '" + id + "' must be lower-case words joined by" + " '-' (like 'ml-engineer')");
    }
    return id;
  }

  /**
   * Lower-case words joined by single '-'. A loop, not the regex [a-z0-9]+(-[a-z0-9]+)*: Java
   * matches a repeated group recursively, and a 100 KB id overflowed the stack (found by fuzzing).
   */
  static boolean validId(String id) {
    boolean wordStart = true;
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (c == '-') {
        if (wordStart) {
          return false;
        }
        wordStart = true;
      } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        wordStart = false;
      } else {
        return false;
      }
    }
    return !wordStart;
  }

  /** A role id in {@code key}, checked when all roles are known. */
  void roleRef(String id, Fields f, String key, String ctx) {
    if (!id.isEmpty()) {
      roleRefs.add(new Ref(id, f.entry(key).value(), ctx));
    }
  }

  /** The ids listed in {@code key}, checked when all ids are known. */
  void refs(List<Ref> into, List<String> ids, Fields f, String key, String ctx) {
    if (ids.isEmpty()) {
      return;
    }
    Node.ListNode list = (Node.ListNode) f.entry(key).value();
    for (Node item : list.items()) {
      if (item instanceof Node.Scalar s && !s.text().isBlank()) {
        into.add(new Ref(s.text(), item, ctx));
      }
    }
  }

  String text(Node n, String what) {
    if (n instanceof Node.Scalar s) {
      if (s.type() == Node.ScalarType.NULL || s.text().isBlank()) {
        problem(n, what + " must not be blank");
        return "";
      }
      if (hasControl(s.text())) {
        problem(n, what + " contains a control character (such as a terminal escape); remove it");
        return CONTROL.matcher(s.text()).replaceAll("");
      }
      return s.text().strip();
    }
    problem(n, what + " must be a string, not " + n.kind());
    return "";
  }

  /**
   * Whether {@link #CONTROL} would find something in {@code t}, without a matcher for each of the
   * file's strings (a large file has millions): a control character other than a line break or a
   * tab, or a bidirectional embedding, override or isolate.
   */
  static boolean hasControl(String t) {
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c < 0x20
          ? c != '\n' && c != '\t'
          : c >= 0x7F && (c <= 0x9F || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069)) {
        return true;
      }
    }
    return false;
  }

  int integer(Node n, String what, int min, int max) {
    if (n instanceof Node.Scalar s && s.type() == Node.ScalarType.INTEGER) {
      try {
        int v = Integer.parseInt(s.text());
        if (v >= min && v <= max) {
          return v;
        }
      } catch (NumberFormatException e) {
        // out of int range: reported below
      }
      problem(
          n,
          what
              + " must be "
              + (min == max ? String.valueOf(min) : "a whole number from " + min + " to " + max)
              + ", not "
              + s.text());
      return min;
    }
    problem(n, what + " must be a whole number, not " + n.kind());
    return min;
  }

  void problem(Node at, String message) {
    problem(at.line(), at.column(), message);
  }

  void problem(int line, int column, String message) {
    problems.add(new Problem(file, line, column, message));
  }
}
