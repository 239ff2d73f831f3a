package dev.aihire.knowledge;

import dev.aihire.model.Incident;
import dev.aihire.model.Kit;
import dev.aihire.model.Knowledge;
import dev.aihire.model.ModelRelation;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Gives the read YAML tree its meaning: checks the shape of every section against the format in
 * docs/knowledge-format.md and builds the immutable model. Cross-references (role ids, glossary
 * ids) are collected here and checked by {@link CrossChecks} once every id is known.
 */
final class Binder {
  private static final Pattern CONTROL =
      Pattern.compile("[\\p{Cc}&&[^\\n\\t]]|[\\u202A-\\u202E\\u2066-\\u2069]");

  // The allowed keys of each mapping; roles.schema.json must agree (KnowledgeSchemaTest).
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
  static final Set<String> ROLE =
      Set.of(
          "id",
          "name",
          "aliases",
          "summary",
          "model_relation",
          "responsibilities",
          "skills",
          "tools",
          "good_signs",
          "red_flags",
          "hire_for",
          "wrong_hire_when",
          "confused_with",
          "interview_questions",
          "signals",
          "title_notes");
  static final Set<String> TERM =
      Set.of("id", "term", "aliases", "definition", "example", "related", "roles");
  static final Set<String> FLAG = Set.of("id", "flag", "why", "advice", "roles");
  static final Set<String> QUESTION = Set.of("id", "text", "why", "answers");
  static final Set<String> ANSWER = Set.of("text", "points");
  static final Set<String> QUIZ =
      Set.of("id", "topic", "question", "choices", "answer", "explanation");
  static final Set<String> WRONG_HIRE = Set.of("situation", "instead");
  static final Set<String> CONFUSION = Set.of("role", "difference");
  static final Set<String> INTERVIEW = Set.of("question", "tests", "strong_answer");
  static final Set<String> SIGNAL = Set.of("phrase", "weight");
  static final Set<String> QUIZ_TOPICS = Set.of("roles", "glossary", "red-flags");

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
      int v = top.integer("version", 1, 1);
      if (v != 1) {
        problem(top.entry("version").value(), "'version' must be 1");
      }
    } else {
      problem(map, "missing required key 'version' (add 'version: 1')");
    }
    List<Role> roles = top.list("roles", true, this::role);
    List<Term> glossary = top.list("glossary", false, this::term);
    List<RedFlag> flags = top.list("red_flags", false, this::redFlag);
    List<Question> questions = top.list("questions", false, this::question);
    List<QuizItem> quiz = top.list("quiz", false, this::quizItem);
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

  private Role role(Node n) {
    Fields f = fields(n, "role", ROLE);
    if (f == null) {
      return null;
    }
    String ctx = context("role", f);
    String id = id(f, ctx);
    String relationText = f.string("model_relation");
    ModelRelation relation = ModelRelation.fromId(relationText);
    if (relation == null && !relationText.isEmpty()) {
      problem(
          f.entry("model_relation").value(),
          ctx
              + "'model_relation' must be one of"
              + " builds-models, builds-with-models, runs-models, no-models, not '"
              + relationText
              + "'");
    }
    Role role =
        new Role(
            id,
            f.string("name"),
            f.strings("aliases", false),
            f.string("summary"),
            relation == null ? ModelRelation.NO_MODELS : relation,
            f.strings("responsibilities", true),
            f.strings("skills", true),
            f.strings("tools", true),
            f.strings("good_signs", true),
            f.strings("red_flags", true),
            f.strings("hire_for", true),
            f.list("wrong_hire_when", true, x -> wrongHire(x, ctx)),
            f.list("confused_with", false, x -> confusion(x, ctx)),
            f.list("interview_questions", true, x -> interviewQuestion(x, ctx)),
            f.list("signals", true, x -> signal(x, ctx)),
            f.strings("title_notes", false));
    origins.put(role, n);
    return role;
  }

  private Role.WrongHire wrongHire(Node n, String ctx) {
    Fields f = fields(n, ctx + "wrong_hire_when entry", WRONG_HIRE);
    if (f == null) {
      return null;
    }
    String instead = f.string("instead");
    roleRef(instead, f, "instead", ctx + "wrong_hire_when 'instead'");
    return new Role.WrongHire(f.string("situation"), instead);
  }

  private Role.Confusion confusion(Node n, String ctx) {
    Fields f = fields(n, ctx + "confused_with entry", CONFUSION);
    if (f == null) {
      return null;
    }
    String role = f.string("role");
    roleRef(role, f, "role", ctx + "confused_with");
    return new Role.Confusion(role, f.string("difference"));
  }

  private Role.InterviewQuestion interviewQuestion(Node n, String ctx) {
    Fields f = fields(n, ctx + "interview question", INTERVIEW);
    if (f == null) {
      return null;
    }
    return new Role.InterviewQuestion(
        f.string("question"), f.string("tests"), f.string("strong_answer"));
  }

  private Role.Signal signal(Node n, String ctx) {
    Fields f = fields(n, ctx + "signal", SIGNAL);
    if (f == null) {
      return null;
    }
    String phrase = f.string("phrase");
    int weight = f.integer("weight", -5, 5);
    if (weight == 0 && f.has("weight")) {
      problem(
          f.entry("weight").value(),
          ctx + "signal '" + phrase + "' has weight 0; use -5..-1" + " or 1..5, or remove it");
    }
    Role.Signal s = new Role.Signal(phrase, weight);
    origins.put(s, n);
    return s;
  }

  private Term term(Node n) {
    Fields f = fields(n, "glossary entry", TERM);
    if (f == null) {
      return null;
    }
    String ctx = context("term", f);
    String id = id(f, ctx);
    List<String> related = f.strings("related", false);
    refs(termRefs, related, f, "related", ctx + "related");
    List<String> roles = f.strings("roles", false);
    refs(roleRefs, roles, f, "roles", ctx + "roles");
    Term t =
        new Term(
            id,
            f.string("term"),
            f.strings("aliases", false),
            f.string("definition"),
            f.string("example"),
            related,
            roles);
    origins.put(t, n);
    return t;
  }

  private RedFlag redFlag(Node n) {
    Fields f = fields(n, "red flag", FLAG);
    if (f == null) {
      return null;
    }
    String ctx = context("red flag", f);
    String id = id(f, ctx);
    List<String> roles = f.strings("roles", false);
    refs(roleRefs, roles, f, "roles", ctx + "roles");
    RedFlag r = new RedFlag(id, f.string("flag"), f.string("why"), f.string("advice"), roles);
    origins.put(r, n);
    return r;
  }

  private Question question(Node n) {
    Fields f = fields(n, "question", QUESTION);
    if (f == null) {
      return null;
    }
    String ctx = context("question", f);
    String id = id(f, ctx);
    List<Question.Answer> answers = f.list("answers", true, x -> answer(x, ctx));
    if (f.has("answers") && answers.size() == 1) {
      problem(f.entry("answers").value(), ctx + "needs at least two answers to choose from");
    }
    Question q = new Question(id, f.string("text"), f.string("why"), answers);
    origins.put(q, n);
    return q;
  }

  private Question.Answer answer(Node n, String ctx) {
    Fields f = fields(n, ctx + "answer", ANSWER);
    if (f == null) {
      return null;
    }
    Map<String, Integer> points = new LinkedHashMap<>();
    Node.Entry e = f.entry("points");
    if (e == null) {
      problem(n, ctx + "answer: missing required key 'points'");
    } else if (!(e.value() instanceof Node.MapNode pm)) {
      problem(
          e.value(),
          ctx + "'points' must be a mapping of role id to -3..3, not " + e.value().kind());
    } else {
      for (Node.Entry p : pm.entries().values()) {
        roleRefs.add(
            new Ref(
                p.key(),
                new Node.Scalar(p.line(), p.column(), p.key(), Node.ScalarType.STRING),
                ctx + "answer points"));
        points.put(p.key(), integer(p.value(), ctx + "points for '" + p.key() + "'", -3, 3));
      }
    }
    return new Question.Answer(f.string("text"), points);
  }

  private QuizItem quizItem(Node n) {
    Fields f = fields(n, "quiz question", QUIZ);
    if (f == null) {
      return null;
    }
    String ctx = context("quiz question", f);
    String id = id(f, ctx);
    String topic = f.string("topic");
    if (!topic.isEmpty() && !QUIZ_TOPICS.contains(topic)) {
      problem(
          f.entry("topic").value(),
          ctx + "'topic' must be roles, glossary or red-flags, not '" + topic + "'");
    }
    List<String> choices = f.strings("choices", true);
    if (f.has("choices") && (choices.size() < 2 || choices.size() > 6)) {
      problem(f.entry("choices").value(), ctx + "needs 2 to 6 choices, has " + choices.size());
    }
    if (choices.stream().map(String::toLowerCase).distinct().count() < choices.size()) {
      problem(f.entry("choices").value(), ctx + "has the same choice twice");
    }
    int answer = f.integer("answer", 0, Math.max(0, choices.size() - 1));
    return new QuizItem(id, topic, f.string("question"), choices, answer, f.string("explanation"));
  }

  // --- shared pieces -------------------------------------------------------------------

  Fields fields(Node n, String what, Set<String> allowed) {
    if (!(n instanceof Node.MapNode map)) {
      problem(n, "a " + what + " must be a mapping, not " + n.kind());
      return null;
    }
    return new Fields(this, map, context(what, map), allowed);
  }

  private String context(String what, Fields f) {
    return context(what, f.map());
  }

  private static String context(String what, Node.MapNode map) {
    Node.Entry id = map.entries().get("id");
    if (id != null && id.value() instanceof Node.Scalar s && !s.text().isBlank()) {
      return what + " '" + s.text() + "': ";
    }
    return what.contains(": ") ? what + ": " : what + " at line " + map.line() + ": ";
  }

  private String id(Fields f, String ctx) {
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

  private void roleRef(String id, Fields f, String key, String ctx) {
    if (!id.isEmpty()) {
      roleRefs.add(new Ref(id, f.entry(key).value(), ctx));
    }
  }

  private void refs(List<Ref> into, List<String> ids, Fields f, String key, String ctx) {
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
      if (CONTROL.matcher(s.text()).find()) {
        problem(n, what + " contains a control character (such as a terminal escape); remove it");
        return CONTROL.matcher(s.text()).replaceAll("");
      }
      return s.text().strip();
    }
    problem(n, what + " must be a string, not " + n.kind());
    return "";
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
