package dev.aihire.engine.quiz;

import static dev.aihire.engine.quiz.Choices.quote;

import dev.aihire.model.Knowledge;
import dev.aihire.model.Role;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/** Questions about one role at a time: what it is hired for, does, and what to look for. */
final class RoleQuestions {
  private final Knowledge k;

  RoleQuestions(Knowledge k) {
    this.k = k;
  }

  List<Candidate> candidates() {
    List<Candidate> all = new ArrayList<>();
    for (Role r : k.roles()) {
      which(all, r, Kind.ROLE_FOR_NEED, Role::hireFor,
          "Which role should you hire for this need? %s",
          "Hire for the %s role.");
      which(all, r, Kind.ROLE_FOR_DUTY, Role::responsibilities,
          "Whose job is this? %s",
          "This is part of the %s role.");
      which(all, r, Kind.ROLE_FOR_RED_FLAG, Role::redFlags,
          "In a candidate for which role is this a red flag? %s",
          "A red flag in a candidate for the %s role.");
      which(all, r, Kind.ROLE_FOR_GOOD_SIGN, Role::goodSigns,
          "In a candidate for which role is this a good sign? %s",
          "A good sign in a candidate for the %s role.");
      all.add(new Candidate("summary-of-role:" + r.id(), Kind.SUMMARY_OF_ROLE,
          rnd -> summaryOf(r, rnd)));
      all.add(new Candidate("not-a-duty:" + r.id(), Kind.NOT_A_DUTY, rnd -> notADuty(r, rnd)));
    }
    return all;
  }

  /** One candidate per item of the role's list: which role does this item belong to? */
  private void which(List<Candidate> all, Role r, Kind kind, Function<Role, List<String>> items,
      String ask, String because) {
    List<String> own = items.apply(r);
    for (int i = 0; i < own.size(); i++) {
      String item = own.get(i);
      String id = kind.id() + ":" + r.id() + ":" + (i + 1);
      all.add(new Candidate(id, kind, rnd -> {
        // A role that lists the very same text would be a second right answer.
        List<Role> wrong = Choices.distractorRoles(k, r,
            d -> !Choices.containsText(items.apply(d), item), rnd, Choices.MAX - 1);
        return Choices.question(id, kind, kind.topic(),
            ask.formatted(quote(item)),
            r.name(), wrong.stream().map(Role::name).toList(),
            because.formatted(r.name()) + " " + r.summary() + Choices.contrast(r, wrong),
            List.of(study(r)), rnd);
      }));
    }
  }

  private QuizQuestion summaryOf(Role r, Random rnd) {
    List<Role> wrong = Choices.distractorRoles(k, r,
        d -> !Choices.norm(d.summary()).equals(Choices.norm(r.summary())), rnd, Choices.MAX - 1);
    QuizQuestion q = Choices.question("summary-of-role:" + r.id(), Kind.SUMMARY_OF_ROLE,
        Topic.ROLES, "What does the " + r.name() + " do?", r.summary(),
        wrong.stream().map(Role::summary).toList(), "", List.of(study(r)), rnd);
    if (q == null) {
      return null;
    }
    // Name the role behind each wrong choice, in the order the choices are shown.
    List<String> others = new ArrayList<>();
    for (int i = 0; i < q.choices().size(); i++) {
      for (Role w : wrong) {
        if (w.summary().equals(q.choices().get(i))) {
          others.add(QuizQuestion.letter(i) + ") the " + w.name());
        }
      }
    }
    String explanation = "The " + r.name() + ": " + r.summary() + " The other choices describe "
        + String.join(", ", others) + ".";
    return new QuizQuestion(q.id(), q.kind(), q.topic(), q.question(), q.choices(), q.answer(),
        explanation, q.study());
  }

  /** Three of the role's own responsibilities and one of a role it is confused with. */
  private QuizQuestion notADuty(Role r, Random rnd) {
    List<String> own = new ArrayList<>(r.responsibilities());
    Collections.shuffle(own, rnd);
    for (Role other : Choices.distractorRoles(k, r, d -> true, rnd, k.roles().size())) {
      List<String> theirs = other.responsibilities().stream()
          .filter(t -> !Choices.containsText(r.responsibilities(), t)).toList();
      if (theirs.isEmpty()) {
        continue;
      }
      String foreign = theirs.get(rnd.nextInt(theirs.size()));
      String explanation = quote(foreign) + " is part of the " + other.name() + " role, not the "
          + r.name() + " role." + Choices.difference(r, other).map(d -> " " + d).orElse("");
      return Choices.question("not-a-duty:" + r.id(), Kind.NOT_A_DUTY, Topic.ROLES,
          "Which of these is NOT part of the " + r.name() + " role?", foreign,
          own.subList(0, Math.min(own.size(), Choices.MAX - 1)), explanation,
          List.of(study(r), study(other)), rnd);
    }
    return null;
  }

  static String study(Role r) {
    return "aihire roles " + r.id();
  }
}
