package dev.aihire.engine.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aihire.knowledge.KnowledgeLoader;
import dev.aihire.model.Knowledge;
import dev.aihire.model.RedFlag;
import dev.aihire.model.Role;
import dev.aihire.model.Term;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The three fairness rules of the quiz, checked on every question of 40 seeds x 10 questions of the
 * shipped knowledge: the stem never names its answer, no wrong choice is a role or term the
 * knowledge says also owns the text, and a "not a duty" item shares no duty between choices.
 */
class QuizRulesTest {
  static final int SEEDS = 40;
  static final int QUESTIONS = 10;
  private static Knowledge k;
  private static List<QuizQuestion> asked;

  @BeforeAll
  static void deal() throws Exception {
    k = KnowledgeLoader.load(Path.of("roles.yaml"));
    asked = new ArrayList<>();
    for (long seed = 1; seed <= SEEDS; seed++) {
      Quiz quiz = new QuizGenerator(k).generate(seed, QUESTIONS, EnumSet.allOf(Topic.class));
      assertThat(quiz.size()).as("seed %d", seed).isEqualTo(QUESTIONS);
      asked.addAll(quiz.questions());
    }
  }

  @Test
  void theStemNeverNamesItsAnswer() {
    for (QuizQuestion q : asked) {
      String right = q.choices().get(q.answer());
      assertThat(Overlap.names(q.question(), right)).as(q.id()).isFalse();
      role(right)
          .ifPresent(
              r ->
                  assertThat(Overlap.namesAny(q.question(), Choices.names(r)))
                      .as(q.id() + ": names " + r.id())
                      .isFalse());
      term(right)
          .ifPresent(
              t ->
                  assertThat(Overlap.namesAny(q.question(), TermQuestions.allNames(t)))
                      .as(q.id() + ": names " + t.id())
                      .isFalse());
      List<String> wrong = new ArrayList<>(q.choices());
      wrong.remove(q.answer());
      assertThat(Overlap.giveaways(q.question(), right, wrong))
          .as(q.id() + ": a word only the right choice shares with the stem")
          .isEmpty();
    }
  }

  @Test
  void noWrongChoiceAlsoOwnsTheText() {
    for (QuizQuestion q : asked) {
      String[] id = q.id().split(":");
      List<String> wrong = new ArrayList<>(q.choices());
      wrong.remove(q.answer());
      switch (q.kind()) {
        case ROLE_FOR_NEED -> owners(q, wrong, Role::hireFor);
        case ROLE_FOR_DUTY -> owners(q, wrong, Role::responsibilities);
        case ROLE_FOR_RED_FLAG -> owners(q, wrong, Role::redFlags);
        case ROLE_FOR_GOOD_SIGN -> owners(q, wrong, Role::goodSigns);
        case ROLE_FOR_WARNING -> {
          RedFlag f =
              k.redFlags().stream().filter(x -> x.id().equals(id[1])).findFirst().orElseThrow();
          for (String w : wrong) {
            assertThat(f.roles()).as(q.id()).doesNotContain(role(w).orElseThrow().id());
          }
        }
        case TERM_FOR_DEFINITION -> {
          Term t = k.term(id[1]).orElseThrow();
          for (String w : wrong) {
            Term o = term(w).orElseThrow();
            assertThat(o.aliases())
                .as(q.id())
                .noneMatch(a -> Choices.norm(a).equals(Choices.norm(t.term())));
            assertThat(Overlap.namesAny(q.question(), TermQuestions.allNames(o)))
                .as(q.id() + ": the definition mentions " + o.id())
                .isFalse();
          }
        }
        default -> {}
      }
    }
  }

  @Test
  void aNotADutyItemSharesNoDutyBetweenItsChoices() {
    List<QuizQuestion> items = asked.stream().filter(q -> q.kind() == Kind.NOT_A_DUTY).toList();
    assertThat(items).isNotEmpty();
    for (QuizQuestion q : items) {
      Role r = k.roleById(q.id().split(":")[1]);
      String foreign = q.choices().get(q.answer());
      List<String> ownTexts = new ArrayList<>(r.responsibilities());
      ownTexts.addAll(r.hireFor());
      ownTexts.addAll(r.skills());
      assertThat(Overlap.similarToAny(foreign, ownTexts)).as(q.id() + ": " + foreign).isFalse();
      for (String c : q.choices()) {
        if (!c.equals(foreign)) {
          assertThat(r.responsibilities()).as(q.id()).contains(c);
          assertThat(Overlap.similar(c, foreign)).as(q.id() + ": " + c).isFalse();
        }
      }
    }
  }

  @Test
  void everyHandWrittenItemKeepsTheRulesAndIsAsked() {
    Quiz all = new QuizGenerator(k).generate(1, 10_000, EnumSet.allOf(Topic.class));
    assertThat(all.questions().stream().filter(q -> q.kind() == Kind.HAND_WRITTEN).count())
        .isEqualTo(k.quiz().size());
  }

  @Test
  void agentsIsBlankedInTheDefinitionOfAgent() {
    Term agent = k.term("agent").orElseThrow();
    assertThat(Overlap.names(TermQuestions.masked(agent), "agent")).isFalse();
  }

  /** No wrong role lists the quoted text or one nearly the same in the same list. */
  private void owners(QuizQuestion q, List<String> wrong, Function<Role, List<String>> items) {
    String text =
        q.question()
            .substring(q.question().indexOf('\u201c') + 1, q.question().lastIndexOf('\u201d'));
    for (String w : wrong) {
      Role o = role(w).orElseThrow();
      assertThat(Overlap.similarToAny(text, items.apply(o)))
          .as(q.id() + ": " + o.id() + " also owns it")
          .isFalse();
    }
  }

  private static Optional<Role> role(String name) {
    return k.roles().stream().filter(r -> r.name().equals(name)).findFirst();
  }

  private static Optional<Term> term(String name) {
    return k.glossary().stream().filter(t -> t.term().equals(name)).findFirst();
  }
}
