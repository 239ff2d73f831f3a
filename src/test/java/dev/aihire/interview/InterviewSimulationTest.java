package dev.aihire.interview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aihire.compiled.KnowledgeStore;
import dev.aihire.model.Knowledge;
import dev.aihire.model.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The interview against simulated hiring managers on the shipped knowledge: one who answers every
 * question as the role's profile says (the answer with the most points for it), and one who does so
 * except that one answer in five is picked at random.
 */
class InterviewSimulationTest {
  static Knowledge knowledge;

  @BeforeAll
  static void load() throws Exception {
    knowledge = KnowledgeStore.bundled().knowledge();
  }

  @Test
  void aProfileAnswerNamesEveryRoleInAtMostFiveQuestionsOnAverage() {
    Settings settings = Settings.defaults();
    List<String> misses = new ArrayList<>();
    int questions = 0;
    for (Role role : knowledge.roles()) {
      Simulation.Run run = Simulation.run(knowledge, settings, role.id(), null, 0);
      if (!role.id().equals(run.named())) {
        misses.add(role.id() + " named " + run.named());
      }
      questions += run.questions();
    }
    double average = (double) questions / knowledge.roles().size();
    System.out.printf(
        "interview simulation, profile answers: %d/%d roles named, %.1f questions"
            + " on average%n",
        knowledge.roles().size() - misses.size(), knowledge.roles().size(), average);
    assertThat(misses).isEmpty();
    assertThat(average).isLessThanOrEqualTo(5.0);
  }

  @Test
  void oneRandomAnswerInFiveStillNamesTheRightRoleInFourOfFive() {
    Settings settings = Settings.defaults();
    Random random = new Random(20240607L);
    int runs = 1000;
    int right = 0;
    int questions = 0;
    for (int i = 0; i < runs; i++) {
      Role role = knowledge.roles().get(random.nextInt(knowledge.roles().size()));
      Simulation.Run run = Simulation.run(knowledge, settings, role.id(), random, 0.2);
      if (role.id().equals(run.named())) {
        right++;
      }
      questions += run.questions();
    }
    System.out.printf(
        "interview simulation, 1 answer in 5 random: %d/%d right (%.1f%%),"
            + " %.2f questions on average%n",
        right, runs, 100.0 * right / runs, (double) questions / runs);
    assertThat(right).isGreaterThanOrEqualTo(800);
  }

  @Test
  void everyRoleCanWinFromAnyCorePrior() {
    // A start text pointing at the wrong role must not lock the answer in: a manager who needs
    // a data analyst but wrote "chatbot" still ends with a data analyst.
    Interview interview =
        Interview.start(knowledge, Settings.defaults(), "we want a chatbot for our customers");
    assertThat(interview.probability("ai-engineer"))
        .isGreaterThan(interview.probability("data-analyst"));
    while (!interview.finished()) {
      interview.answer(Simulation.profileAnswer(interview.current(), "data-analyst"));
    }
    assertThat(interview.result().topRole()).isEqualTo("data-analyst");
  }
}
