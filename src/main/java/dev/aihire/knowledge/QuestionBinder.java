package dev.aihire.knowledge;

import dev.aihire.model.Question;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Binds the {@code questions:} section of the guided interview: each answer gives points to roles,
 * whose ids are checked once every role is known.
 */
final class QuestionBinder {
  // The allowed keys of each mapping; roles.schema.json must agree (KnowledgeSchemaTest).
  static final Set<String> QUESTION = Set.of("id", "text", "why", "answers");
  static final Set<String> ANSWER = Set.of("text", "points");

  private final Binder binder;

  QuestionBinder(Binder binder) {
    this.binder = binder;
  }

  List<Question> bind(Fields top) {
    return top.list("questions", false, this::question);
  }

  private Question question(Node n) {
    Fields f = binder.fields(n, "question", QUESTION);
    if (f == null) {
      return null;
    }
    String ctx = Binder.context("question", f);
    String id = binder.id(f, ctx);
    List<Question.Answer> answers = f.list("answers", true, x -> answer(x, ctx));
    if (f.has("answers") && answers.size() == 1) {
      binder.problem(f.entry("answers").value(), ctx + "needs at least two answers to choose from");
    }
    Question q = new Question(id, f.string("text"), f.string("why"), answers);
    binder.origins.put(q, n);
    return q;
  }

  private Question.Answer answer(Node n, String ctx) {
    Fields f = binder.fields(n, ctx + "answer", ANSWER);
    if (f == null) {
      return null;
    }
    Map<String, Integer> points = new LinkedHashMap<>();
    Node.Entry e = f.entry("points");
    if (e == null) {
      binder.problem(n, ctx + "answer: missing required key 'points'");
    } else if (!(e.value() instanceof Node.MapNode pm)) {
      binder.problem(
          e.value(),
          ctx + "'points' must be a mapping of role id to -3..3, not " + e.value().kind());
    } else {
      for (Node.Entry p : pm.entries().values()) {
        binder.roleRefs.add(
            new Binder.Ref(
                p.key(),
                new Node.Scalar(p.line(), p.column(), p.key(), Node.ScalarType.STRING),
                ctx + "answer points"));
        points.put(p.key(), binder.integer(p.value(), ctx + "points for '" + p.key() + "'", -3, 3));
      }
    }
    return new Question.Answer(f.string("text"), points);
  }
}
