package dev.aihire.engine.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aihire.compiled.KnowledgeStore;
import dev.aihire.model.Knowledge;
import dev.aihire.model.QuizItem;
import dev.aihire.model.Role;
import dev.aihire.model.Term;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class QuizGeneratorTest {
  static final Knowledge K = load();
  static final Set<Topic> ALL = EnumSet.allOf(Topic.class);

  /** Masking compiles a pattern a name; the oracle asks for every term of every question. */
  static final Map<Term, String> MASKED = new HashMap<>();

  static Knowledge load() {
    try {
      return KnowledgeStore.bundled().knowledge();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void theSameSeedDealsTheSameQuiz() {
    assertThat(new QuizGenerator(K).generate(42, 10, ALL))
        .isEqualTo(new QuizGenerator(K).generate(42, 10, ALL));
  }

  @Test
  void differentSeedsDealDifferentQuizzes() {
    Set<List<String>> quizzes = new HashSet<>();
    for (long seed = 1; seed <= 20; seed++) {
      quizzes.add(ids(new QuizGenerator(K).generate(seed, 10, ALL)));
    }
    assertThat(quizzes).hasSize(20);
  }

  @Test
  void aShorterQuizIsTheStartOfALongerOne() {
    Quiz ten = new QuizGenerator(K).generate(5, 10, ALL);
    Quiz three = new QuizGenerator(K).generate(5, 3, ALL);
    assertThat(three.questions()).isEqualTo(ten.questions().subList(0, 3));
  }

  @Test
  void tenQuestionsMixTheKinds() {
    Quiz quiz = new QuizGenerator(K).generate(9, 10, ALL);
    assertThat(quiz.questions().stream().map(QuizQuestion::kind).distinct().count())
        .isGreaterThanOrEqualTo(7);
  }

  /** The acceptance check: every question of 200 quizzes is fair against the knowledge. */
  @Test
  void everyQuestionHasExactlyOneRightChoiceThatTheExplanationNames() {
    for (long seed = 1; seed <= 200; seed++) {
      Quiz quiz = new QuizGenerator(K).generate(seed, 10, ALL);
      assertThat(quiz.size()).as("seed %d", seed).isEqualTo(10);
      assertThat(new HashSet<>(ids(quiz))).as("seed %d: no question twice", seed).hasSize(10);
      assertThat(quiz.questions().stream().map(QuizQuestion::question).distinct().count())
          .as("seed %d: no question text twice", seed)
          .isEqualTo(10);
      for (QuizQuestion q : quiz.questions()) {
        assertFair(q, K);
      }
    }
  }

  static void assertFair(QuizQuestion q, Knowledge k) {
    String what = q.id() + ": " + q.question();
    assertThat(q.choices()).as(what).hasSizeBetween(2, 4);
    assertThat(q.choices().stream().map(Choices::norm).distinct().count())
        .as(what)
        .isEqualTo(q.choices().size());
    assertThat(q.explanation()).as(what).contains(q.rightChoice());
    assertThat(q.topic()).as(what).isNotNull();
    assertThat(rightChoices(q, k)).as(what).containsExactly(q.answer());
  }

  /** The indexes of the choices that the knowledge says are right, found independently. */
  static List<Integer> rightChoices(QuizQuestion q, Knowledge k) {
    List<Integer> right = new ArrayList<>();
    for (int i = 0; i < q.choices().size(); i++) {
      if (isRight(q, q.choices().get(i), k)) {
        right.add(i);
      }
    }
    return right;
  }

  private static boolean isRight(QuizQuestion q, String choice, Knowledge k) {
    String quoted = quoted(q.question());
    return switch (q.kind()) {
      case ROLE_FOR_NEED -> owns(k, choice, Role::hireFor, quoted);
      case ROLE_FOR_DUTY -> owns(k, choice, Role::responsibilities, quoted);
      case ROLE_FOR_RED_FLAG -> owns(k, choice, Role::redFlags, quoted);
      case ROLE_FOR_GOOD_SIGN -> owns(k, choice, Role::goodSigns, quoted);
      case SUMMARY_OF_ROLE ->
          k.roles().stream()
              .anyMatch(
                  r ->
                      q.question().equals("What does the " + r.name() + " do?")
                          && r.summary().equals(choice));
      case NOT_A_DUTY ->
          k.roles().stream()
              .filter(
                  r ->
                      q.question()
                          .equals("Which of these is NOT part of the " + r.name() + " role?"))
              .allMatch(r -> !r.responsibilities().contains(choice));
      case ROLE_FOR_WARNING ->
          k.redFlags().stream()
              .filter(f -> f.flag().equals(quoted))
              .anyMatch(
                  f -> f.roles().stream().anyMatch(id -> k.roleById(id).name().equals(choice)));
      case TERM_FOR_DEFINITION ->
          k.glossary().stream()
              .filter(t -> MASKED.computeIfAbsent(t, TermQuestions::masked).equals(quoted))
              .anyMatch(t -> t.term().equals(choice) || t.aliases().contains(choice));
      case HAND_WRITTEN ->
          k.quiz().stream()
              .filter(i -> i.question().equals(q.question()))
              .anyMatch(i -> i.choices().get(i.answer()).equals(choice));
    };
  }

  private static boolean owns(
      Knowledge k, String roleName, Function<Role, List<String>> items, String text) {
    return k.roles().stream()
        .filter(r -> r.name().equals(roleName))
        .anyMatch(r -> items.apply(r).contains(text));
  }

  private static String quoted(String question) {
    int open = question.indexOf('\u201c');
    int close = question.lastIndexOf('\u201d');
    return open < 0 || close < open ? "" : question.substring(open + 1, close);
  }

  @Test
  void wrongRolesComeFirstFromThoseTheAnswerIsConfusedWith() {
    int checked = 0;
    for (long seed = 1; seed <= 50; seed++) {
      for (QuizQuestion q : new QuizGenerator(K).generate(seed, 10, ALL).questions()) {
        if (q.kind() != Kind.ROLE_FOR_NEED && q.kind() != Kind.ROLE_FOR_DUTY) {
          continue;
        }
        Role answer = byName(q.rightChoice());
        long confused =
            q.choices().stream()
                .filter(c -> !c.equals(q.rightChoice()))
                .map(QuizGeneratorTest::byName)
                .filter(r -> Choices.difference(answer, r).isPresent())
                .count();
        long available =
            K.roles().stream()
                .filter(r -> r != answer)
                .filter(r -> Choices.difference(answer, r).isPresent())
                .count();
        assertThat(confused).as(q.id()).isEqualTo(Math.min(3, available));
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(50);
  }

  @Test
  void aRoleThatOwnsTheSameTextIsNeverAWrongChoice() {
    // Give the data analyst the AI engineer's first hire_for item, word for word.
    Role ai = K.roleById("ai-engineer");
    String shared = ai.hireFor().get(0);
    List<Role> roles = new ArrayList<>();
    for (Role r : K.roles()) {
      roles.add(r.id().equals("data-analyst") ? withHireFor(r, shared) : r);
    }
    Knowledge k = new Knowledge(roles, List.of(), List.of(), List.of(), List.of());
    int asked = 0;
    for (long seed = 1; seed <= 100; seed++) {
      for (QuizQuestion q :
          new QuizGenerator(k).generate(seed, 30, EnumSet.of(Topic.ROLES)).questions()) {
        assertFair(q, k);
        if (q.question().contains(shared)) {
          asked++;
          assertThat(
                  q.choices().stream()
                      .filter(
                          c -> c.equals(ai.name()) || c.equals(k.roleById("data-analyst").name()))
                      .count())
              .as(q.id())
              .isEqualTo(1);
        }
      }
    }
    assertThat(asked).isPositive();
  }

  private static Role withHireFor(Role r, String extra) {
    List<String> hireFor = new ArrayList<>(r.hireFor());
    hireFor.add(extra);
    return new Role(
        r.id(),
        r.name(),
        r.aliases(),
        r.summary(),
        r.modelRelation(),
        r.responsibilities(),
        r.skills(),
        r.tools(),
        r.goodSigns(),
        r.redFlags(),
        hireFor,
        r.wrongHireWhen(),
        r.confusedWith(),
        r.interviewQuestions(),
        r.signals());
  }

  @Test
  void aTopicKeepsToItsKinds() {
    for (Topic topic : Topic.values()) {
      Quiz quiz = new QuizGenerator(K).generate(3, 10, EnumSet.of(topic));
      assertThat(quiz.questions()).isNotEmpty().allMatch(q -> q.topic() == topic);
    }
  }

  @Test
  void askingForMoreThanTheKnowledgeHoldsAsksEachQuestionOnce() {
    Quiz quiz = new QuizGenerator(K).generate(1, 1000, EnumSet.of(Topic.GLOSSARY));
    long handWritten = K.quiz().stream().filter(q -> q.topic().equals("glossary")).count();
    assertThat(quiz.size()).isEqualTo(K.glossary().size() + handWritten);
    assertThat(new HashSet<>(ids(quiz))).hasSize(quiz.size());
  }

  @Test
  void aDefinitionDoesNotGiveItsTermAway() {
    for (Term t : K.glossary()) {
      String masked = TermQuestions.masked(t).toLowerCase();
      assertThat(masked).as(t.id()).doesNotContain(" " + t.term().toLowerCase() + " ");
    }
    assertThat(
            TermQuestions.masked(
                new Term(
                    "x",
                    "RAG",
                    List.of("retrieval-augmented generation"),
                    "RAG, or Retrieval-Augmented Generation, looks things up; rags and drags differ.",
                    "e",
                    List.of(),
                    List.of())))
        // A plural is the same word to a reader; a longer word that contains it is not.
        .isEqualTo("___, or ___, looks things up; ___ and drags differ.");
  }

  @Test
  void handWrittenQuestionsAreShuffledAndStillScoredRight() {
    QuizItem item =
        new QuizItem(
            "chatbot-by-friday",
            "roles",
            "Whom do you hire to put a chatbot on your help centre by Friday?",
            List.of("AI Engineer", "ML Researcher", "Data Engineer", "Data / BI Analyst"),
            0,
            "It calls an existing model on your own articles: product engineering, not research.");
    Knowledge k =
        new Knowledge(K.roles(), K.glossary(), K.redFlags(), K.questions(), List.of(item));
    Set<Integer> positions = new HashSet<>();
    for (long seed = 1; seed <= 40; seed++) {
      for (QuizQuestion q : new QuizGenerator(k).generate(seed, 12, ALL).questions()) {
        assertFair(q, k);
        if (q.kind() == Kind.HAND_WRITTEN) {
          assertThat(q.rightChoice()).isEqualTo("AI Engineer");
          assertThat(q.explanation()).startsWith("The answer is \u201cAI Engineer\u201d.");
          assertThat(q.study()).containsExactly(Study.role("ai-engineer"));
          positions.add(q.answer());
        }
      }
    }
    assertThat(positions).hasSizeGreaterThan(1);
  }

  @Test
  void aWarningSignOffersOnlyOneOfTheRolesItConcerns() {
    for (long seed = 1; seed <= 30; seed++) {
      for (QuizQuestion q :
          new QuizGenerator(K).generate(seed, 10, EnumSet.of(Topic.RED_FLAGS)).questions()) {
        assertFair(q, K);
      }
    }
  }

  private static Role byName(String name) {
    return K.roles().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
  }

  private static List<String> ids(Quiz quiz) {
    return quiz.questions().stream().map(QuizQuestion::id).toList();
  }
}
