package dev.aihire.engine.quiz;

import static dev.aihire.engine.quiz.Choices.quote;

import dev.aihire.model.Knowledge;
import dev.aihire.model.RedFlag;
import dev.aihire.model.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Questions from the knowledge's general warning signs: which role does this one concern? */
final class SignQuestions {
  private final Knowledge k;

  SignQuestions(Knowledge k) {
    this.k = k;
  }

  List<Candidate> candidates() {
    List<Candidate> all = new ArrayList<>();
    for (RedFlag f : k.redFlags()) {
      if (!f.roles().isEmpty()) {
        String id = Kind.ROLE_FOR_WARNING.id() + ":" + f.id();
        all.add(new Candidate(id, Kind.ROLE_FOR_WARNING, rnd -> build(id, f, rnd)));
      }
    }
    return all;
  }

  private QuizQuestion build(String id, RedFlag f, Random rnd) {
    List<Role> concerned =
        f.roles().stream().map(k::role).flatMap(java.util.Optional::stream).toList();
    if (concerned.isEmpty()) {
      return null;
    }
    // The knowledge lists the role a sign is mostly about first; the others come in the
    // explanation. (A random pick made "analytics engineer" the answer to a sign about hiring a
    // data scientist before any data engineering.) A role the sign names is skipped: "a posting
    // titled Prompt Engineer" must not have Prompt Engineer as its answer.
    Role answer =
        concerned.stream()
            .filter(r -> !Overlap.namesAny(f.flag(), Choices.names(r)))
            .findFirst()
            .orElse(null);
    if (answer == null) {
      return null;
    }
    // Any role the flag concerns would be right too: only the others may be wrong answers.
    List<Role> wrong =
        Choices.distractorRoles(k, answer, d -> !f.roles().contains(d.id()), rnd, k.roles().size());
    List<String> also = concerned.stream().filter(r -> r != answer).map(Role::name).toList();
    String explanation =
        "It concerns the "
            + answer.name()
            + " role"
            + (also.isEmpty() ? "" : " (and also: " + String.join(", ", also) + ")")
            + ". "
            + f.why();
    return Choices.question(
        id,
        Kind.ROLE_FOR_WARNING,
        Topic.RED_FLAGS,
        "Which of these roles does this warning sign concern? " + quote(f.flag()),
        answer.name(),
        wrong.stream().map(Role::name).toList(),
        Choices.names(answer),
        explanation,
        List.of(Study.role(answer.id())),
        rnd);
  }
}
