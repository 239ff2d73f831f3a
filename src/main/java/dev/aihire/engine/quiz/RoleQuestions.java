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
      which(
          all,
          r,
          Kind.ROLE_FOR_NEED,
          Role::hireFor,
          "Which role should you hire for this need? %s",
          "Hire for the %s role.");
      which(
          all,
          r,
          Kind.ROLE_FOR_DUTY,
          Role::responsibilities,
          "Whose job is this? %s",
          "This is part of the %s role.");
      which(
          all,
          r,
          Kind.ROLE_FOR_RED_FLAG,
          Role::redFlags,
          "In a candidate for which role is this a red flag? %s",
          "A red flag in a candidate for the %s role.");
      which(
          all,
          r,
          Kind.ROLE_FOR_GOOD_SIGN,
          Role::goodSigns,
          "In a candidate for which role is this a good sign? %s",
          "A good sign in a candidate for the %s role.");
      all.add(
          new Candidate(
              "summary-of-role:" + r.id(), Kind.SUMMARY_OF_ROLE, rnd -> summaryOf(r, rnd)));
      all.add(new Candidate("not-a-duty:" + r.id(), Kind.NOT_A_DUTY, rnd -> notADuty(r, rnd)));
    }
    return all;
  }

  /** One candidate per item of the role's list: which role does this item belong to? */
  private void which(
      List<Candidate> all,
      Role r,
      Kind kind,
      Function<Role, List<String>> items,
      String ask,
      String because) {
    List<String> own = items.apply(r);
    for (int i = 0; i < own.size(); i++) {
      String item = own.get(i);
      String id = kind.id() + ":" + r.id() + ":" + (i + 1);
      all.add(
          new Candidate(
              id,
              kind,
              rnd -> {
                // A role that lists the same text, or nearly the same, would be a second right
                // answer.
                List<Role> wrong =
                    Choices.distractorRoles(
                        k,
                        r,
                        d -> !Overlap.similarToAny(item, items.apply(d)),
                        rnd,
                        k.roles().size());
                QuizQuestion q =
                    Choices.question(
                        id,
                        kind,
                        kind.topic(),
                        ask.formatted(quote(item)),
                        r.name(),
                        wrong.stream().map(Role::name).toList(),
                        Choices.names(r),
                        "",
                        List.of(Study.role(r.id())),
                        rnd);
                if (q == null) {
                  return null;
                }
                List<Role> shown =
                    wrong.stream().filter(w -> q.choices().contains(w.name())).toList();
                return withExplanation(
                    q,
                    because.formatted(r.name()) + " " + r.summary() + Choices.contrast(r, shown));
              }));
    }
  }

  private QuizQuestion summaryOf(Role r, Random rnd) {
    List<Role> wrong =
        Choices.distractorRoles(
            k, r, d -> !Overlap.similar(d.summary(), r.summary()), rnd, k.roles().size());
    QuizQuestion q =
        Choices.question(
            "summary-of-role:" + r.id(),
            Kind.SUMMARY_OF_ROLE,
            Topic.ROLES,
            "What does the " + r.name() + " do?",
            r.summary(),
            wrong.stream().map(Role::summary).toList(),
            List.of(r.summary()),
            "",
            List.of(Study.role(r.id())),
            rnd);
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
    return withExplanation(
        q,
        "The "
            + r.name()
            + ": "
            + r.summary()
            + " The other choices describe "
            + String.join(", ", others)
            + ".");
  }

  /**
   * Three of the role's own responsibilities and one of another role's, chosen so that no choice is
   * shared: the foreign duty is like nothing the role itself is said to do or be hired for, and the
   * role's duties shown are like none of the other role's.
   */
  private QuizQuestion notADuty(Role r, Random rnd) {
    List<String> ownTexts = new ArrayList<>(r.responsibilities());
    ownTexts.addAll(r.hireFor());
    ownTexts.addAll(r.skills());
    for (Role other : Choices.distractorRoles(k, r, d -> true, rnd, k.roles().size())) {
      List<String> theirs =
          other.responsibilities().stream()
              .filter(t -> !Overlap.similarToAny(t, ownTexts))
              .toList();
      List<String> own =
          new ArrayList<>(
              r.responsibilities().stream()
                  .filter(t -> !Overlap.similarToAny(t, other.responsibilities()))
                  .toList());
      if (theirs.isEmpty() || own.size() < 2) {
        continue;
      }
      Collections.shuffle(own, rnd);
      String foreign = theirs.get(rnd.nextInt(theirs.size()));
      QuizQuestion q =
          Choices.question(
              "not-a-duty:" + r.id(),
              Kind.NOT_A_DUTY,
              Topic.ROLES,
              "Which of these is NOT part of the " + r.name() + " role?",
              foreign,
              own,
              List.of(foreign),
              "",
              List.of(Study.role(r.id()), Study.role(other.id())),
              rnd);
      if (q != null) {
        return withExplanation(
            q,
            quote(foreign)
                + " is part of the "
                + other.name()
                + " role, not the "
                + r.name()
                + " role."
                + Choices.difference(r, other).map(d -> " " + d).orElse(""));
      }
    }
    return null;
  }

  private static QuizQuestion withExplanation(QuizQuestion q, String explanation) {
    return new QuizQuestion(
        q.id(), q.kind(), q.topic(), q.question(), q.choices(), q.answer(), explanation, q.study());
  }
}
