package dev.aihire.engine.quiz;

import dev.aihire.engine.RoleFinder;
import dev.aihire.model.Knowledge;
import dev.aihire.model.QuizItem;
import dev.aihire.model.Role;
import dev.aihire.model.Term;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/** The knowledge file's own quiz questions, with their choices shuffled like the rest. */
final class HandWritten {
  private final Knowledge k;

  HandWritten(Knowledge k) {
    this.k = k;
  }

  List<Candidate> candidates() {
    List<Candidate> all = new ArrayList<>();
    for (QuizItem item : k.quiz()) {
      String id = Kind.HAND_WRITTEN.id() + ":" + item.id();
      all.add(
          new Candidate(
              id, Kind.HAND_WRITTEN, Topic.fromId(item.topic()), rnd -> build(id, item, rnd)));
    }
    return all;
  }

  private QuizQuestion build(String id, QuizItem item, Random rnd) {
    String right = item.choices().get(item.answer());
    List<String> choices = new ArrayList<>(item.choices());
    List<String> wrong = choices.stream().filter(c -> !c.equals(right)).toList();
    // The same rules as the generated questions: a hand-written item that names its answer or
    // lets one word point to it is left out (QuizRulesTest says which).
    if (Overlap.namesAny(item.question(), answerNames(right))
        || !Overlap.giveaways(item.question(), right, wrong).isEmpty()) {
      return null;
    }
    Collections.shuffle(choices, rnd);
    String explanation =
        item.explanation().toLowerCase(Locale.ROOT).contains(right.toLowerCase(Locale.ROOT))
            ? item.explanation()
            : "The answer is " + Choices.quote(right) + ". " + item.explanation();
    return new QuizQuestion(
        id,
        Kind.HAND_WRITTEN,
        Topic.fromId(item.topic()),
        item.question(),
        choices,
        choices.indexOf(right),
        explanation,
        study(right));
  }

  /** The right choice and, when it is a role or a term, every name it goes by. */
  private List<String> answerNames(String right) {
    List<String> names = new ArrayList<>(List.of(right));
    new RoleFinder(k).find(right).ifPresent(r -> names.addAll(Choices.names(r)));
    String n = Choices.norm(right);
    for (Term t : k.glossary()) {
      if (Choices.norm(t.term()).equals(n)) {
        names.addAll(TermQuestions.allNames(t));
      }
    }
    return names;
  }

  /** When the right choice names a role or a term, where it is shown. */
  private List<Study> study(String right) {
    Optional<Role> role = new RoleFinder(k).find(right);
    if (role.isPresent()) {
      return List.of(Study.role(role.get().id()));
    }
    String n = Choices.norm(right);
    for (Term t : k.glossary()) {
      if (Choices.norm(t.term()).equals(n)
          || Choices.norm(t.id()).equals(n)
          || t.aliases().stream().anyMatch(a -> Choices.norm(a).equals(n))) {
        return List.of(Study.term(t.id()));
      }
    }
    return List.of();
  }
}
