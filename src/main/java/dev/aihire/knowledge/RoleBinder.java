package dev.aihire.knowledge;

import dev.aihire.model.ModelRelation;
import dev.aihire.model.Role;
import java.util.List;
import java.util.Set;

/**
 * Binds the {@code roles:} section. The roles a role points to ({@code instead}, {@code
 * confused_with}) are collected as references and checked by {@link CrossChecks} once every id is
 * known.
 */
final class RoleBinder {
  // The allowed keys of each mapping; roles.schema.json must agree (KnowledgeSchemaTest).
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
  static final Set<String> WRONG_HIRE = Set.of("situation", "instead");
  static final Set<String> CONFUSION = Set.of("role", "difference");
  static final Set<String> INTERVIEW = Set.of("question", "tests", "strong_answer");
  static final Set<String> SIGNAL = Set.of("phrase", "weight");

  private final Binder binder;

  RoleBinder(Binder binder) {
    this.binder = binder;
  }

  List<Role> bind(Fields top) {
    return top.list("roles", true, this::role);
  }

  private Role role(Node n) {
    Fields f = binder.fields(n, "role", ROLE);
    if (f == null) {
      return null;
    }
    String ctx = Binder.context("role", f);
    String id = binder.id(f, ctx);
    String relationText = f.string("model_relation");
    ModelRelation relation = ModelRelation.fromId(relationText);
    if (relation == null && !relationText.isEmpty()) {
      binder.problem(
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
    binder.origins.put(role, n);
    return role;
  }

  private Role.WrongHire wrongHire(Node n, String ctx) {
    Fields f = binder.fields(n, ctx + "wrong_hire_when entry", WRONG_HIRE);
    if (f == null) {
      return null;
    }
    String instead = f.string("instead");
    binder.roleRef(instead, f, "instead", ctx + "wrong_hire_when 'instead'");
    return new Role.WrongHire(f.string("situation"), instead);
  }

  private Role.Confusion confusion(Node n, String ctx) {
    Fields f = binder.fields(n, ctx + "confused_with entry", CONFUSION);
    if (f == null) {
      return null;
    }
    String role = f.string("role");
    binder.roleRef(role, f, "role", ctx + "confused_with");
    return new Role.Confusion(role, f.string("difference"));
  }

  private Role.InterviewQuestion interviewQuestion(Node n, String ctx) {
    Fields f = binder.fields(n, ctx + "interview question", INTERVIEW);
    if (f == null) {
      return null;
    }
    return new Role.InterviewQuestion(
        f.string("question"), f.string("tests"), f.string("strong_answer"));
  }

  private Role.Signal signal(Node n, String ctx) {
    Fields f = binder.fields(n, ctx + "signal", SIGNAL);
    if (f == null) {
      return null;
    }
    String phrase = f.string("phrase");
    int weight = f.integer("weight", -5, 5);
    if (weight == 0 && f.has("weight")) {
      binder.problem(
          f.entry("weight").value(),
          ctx + "signal '" + phrase + "' has weight 0; use -5..-1" + " or 1..5, or remove it");
    }
    Role.Signal s = new Role.Signal(phrase, weight);
    binder.origins.put(s, n);
    return s;
  }
}
