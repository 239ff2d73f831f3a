package dev.aihire.engine.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.aihire.compiled.KnowledgeStore;
import dev.aihire.model.Knowledge;
import dev.aihire.model.Role;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ComparerTest {
  private static Knowledge k;
  private static Comparer comparer;

  @BeforeAll
  static void load() throws Exception {
    k = KnowledgeStore.bundled().knowledge();
    comparer = new Comparer(k);
  }

  private static Comparison compare(String... ids) {
    return comparer.compare(Arrays.stream(ids).map(k::roleById).toList());
  }

  @Test
  void keepsTheRolesInTheOrderAsked() {
    assertThat(compare("ml-engineer", "ai-engineer").roles())
        .extracting(Comparison.Column::role)
        .containsExactly("ml-engineer", "ai-engineer");
    assertThat(compare("ai-engineer", "ml-engineer").roles())
        .extracting(Comparison.Column::role)
        .containsExactly("ai-engineer", "ml-engineer");
  }

  @Test
  void aColumnCarriesTheWholeRole() {
    Comparison.Column ai = compare("ai-engineer", "ml-engineer").roles().get(0);
    Role role = k.roleById("ai-engineer");

    assertThat(ai.name()).isEqualTo(role.name());
    assertThat(ai.models()).isEqualTo(role.modelRelation().description());
    assertThat(ai.typicalProblems()).isEqualTo(role.hireFor());
    assertThat(ai.skills()).isEqualTo(role.skills());
    assertThat(ai.tools()).isEqualTo(role.tools());
    assertThat(ai.wrongHireWhen()).hasSameSizeAs(role.wrongHireWhen());
  }

  @Test
  void onePairGivesOneDifferenceFromTheFirstAskedRoleWhichEverSideHoldsIt() {
    Comparison c = compare("ai-engineer", "ml-engineer");
    Comparison reversed = compare("ml-engineer", "ai-engineer");

    assertThat(c.differences()).hasSize(1);
    assertThat(c.differences().get(0).between()).containsExactly("ai-engineer", "ml-engineer");
    assertThat(c.differences().get(0).text()).startsWith("An AI engineer builds");
    assertThat(c.differences().get(0).source()).isEqualTo("confused_with");
    assertThat(reversed.differences().get(0).text()).startsWith("The ML engineer builds");
  }

  @Test
  void theOtherSideIsUsedWhenOnlyItNamesThePair() {
    // ml-engineer has no confused_with entry for ml-platform-engineer; the platform role has one.
    Comparison c = compare("ml-engineer", "ml-platform-engineer");

    assertThat(c.differences())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.between()).containsExactly("ml-platform-engineer", "ml-engineer");
              assertThat(d.source()).isEqualTo("confused_with");
            });
  }

  @Test
  void withoutASentenceTheModelRelationSeparatesThem() {
    Comparison c = compare("data-analyst", "ml-researcher");

    assertThat(c.differences())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.source()).isEqualTo("model_relation");
              assertThat(d.text()).contains("no models needed").contains("builds models");
            });
  }

  @Test
  void everyPairOfThreeRolesIsCovered() {
    Comparison c = compare("ml-engineer", "mlops-engineer", "ml-platform-engineer");

    assertThat(c.differences())
        .extracting(d -> String.join("+", d.between().stream().sorted().toList()))
        .containsExactlyInAnyOrder(
            "ml-engineer+mlops-engineer",
            "ml-engineer+ml-platform-engineer",
            "ml-platform-engineer+mlops-engineer");
  }

  @Test
  void whichToHireComesFromHandOffsBetweenTheComparedRoles() {
    List<Comparison.Choice> choices = compare("ai-engineer", "ml-engineer").whichToHire();

    assertThat(choices)
        .extracting(Comparison.Choice::hire, Comparison.Choice::insteadOf)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("ml-engineer", "ai-engineer"),
            org.assertj.core.groups.Tuple.tuple("ai-engineer", "ml-engineer"));
  }

  @Test
  void withoutHandOffsEachRolesFirstTypicalProblemStandsIn() {
    List<Comparison.Choice> choices =
        compare("prompt-engineer", "ml-platform-engineer").whichToHire();

    assertThat(choices)
        .extracting(Comparison.Choice::situation)
        .containsExactly(
            k.roleById("prompt-engineer").hireFor().get(0),
            k.roleById("ml-platform-engineer").hireFor().get(0));
    assertThat(choices).allSatisfy(ch -> assertThat(ch.insteadOf()).isNull());
  }

  @Test
  void hireWhenAndWrongHireWhenPutWhatWhichToHireDoesNotSayFirst() {
    Comparison.Column ai = compare("ai-engineer", "ml-engineer").roles().get(0);
    String fromMl =
        k.roleById("ml-engineer").wrongHireWhen().stream()
            .filter(w -> w.instead().equals("ai-engineer"))
            .findFirst()
            .orElseThrow()
            .situation();

    assertThat(ai.hireWhen()).contains(fromMl);
    assertThat(ai.hireWhen().get(0)).isNotEqualTo(fromMl);
    assertThat(ai.wrongHireWhen().get(0).instead()).isNotEqualTo("ml-engineer");
    assertThat(ai.wrongHireWhen())
        .extracting(Comparison.WrongHire::instead)
        .contains("ml-engineer");
  }

  @Test
  void fewerThanTwoDistinctRolesIsNotAComparison() {
    Role ai = k.roleById("ai-engineer");

    assertThatThrownBy(() -> comparer.compare(List.of(ai)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> comparer.compare(List.of(ai, ai)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
