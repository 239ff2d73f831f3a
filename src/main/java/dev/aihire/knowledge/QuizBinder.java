package dev.aihire.knowledge;

import dev.aihire.model.QuizItem;
import java.util.List;
import java.util.Set;

/** Binds the {@code quiz:} section: hand-written multiple-choice questions. */
final class QuizBinder {
  // The allowed keys and topics; roles.schema.json must agree (KnowledgeSchemaTest).
  static final Set<String> QUIZ =
      Set.of("id", "topic", "question", "choices", "answer", "explanation");
  static final Set<String> QUIZ_TOPICS = Set.of("roles", "glossary", "red-flags");

  private final Binder binder;

  QuizBinder(Binder binder) {
    this.binder = binder;
  }

  List<QuizItem> bind(Fields top) {
    return top.list("quiz", false, this::quizItem);
  }

  private QuizItem quizItem(Node n) {
    Fields f = binder.fields(n, "quiz question", QUIZ);
    if (f == null) {
      return null;
    }
    String ctx = Binder.context("quiz question", f);
    String id = binder.id(f, ctx);
    String topic = f.string("topic");
    if (!topic.isEmpty() && !QUIZ_TOPICS.contains(topic)) {
      binder.problem(
          f.entry("topic").value(),
          ctx + "'topic' must be roles, glossary or red-flags, not '" + topic + "'");
    }
    List<String> choices = f.strings("choices", true);
    if (f.has("choices") && (choices.size() < 2 || choices.size() > 6)) {
      binder.problem(
          f.entry("choices").value(), ctx + "needs 2 to 6 choices, has " + choices.size());
    }
    if (choices.stream().map(String::toLowerCase).distinct().count() < choices.size()) {
      binder.problem(f.entry("choices").value(), ctx + "has the same choice twice");
    }
    int answer = f.integer("answer", 0, Math.max(0, choices.size() - 1));
    return new QuizItem(id, topic, f.string("question"), choices, answer, f.string("explanation"));
  }
}
