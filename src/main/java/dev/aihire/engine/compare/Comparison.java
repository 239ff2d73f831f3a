package dev.aihire.engine.compare;

import dev.aihire.model.ModelRelation;
import java.util.List;

/**
 * Roles side by side: what each one is, and what separates them. The text table and the JSON answer
 * are both drawn from this record; the table shows the first few items of each list, the JSON all
 * of them.
 *
 * @param roles the roles in the order they were asked for
 * @param differences sentences that separate the compared roles from each other
 * @param whichToHire situations and the compared role to hire for each
 */
public record Comparison(
    List<Column> roles, List<Difference> differences, List<Choice> whichToHire) {

  public Comparison {
    roles = List.copyOf(roles);
    differences = List.copyOf(differences);
    whichToHire = List.copyOf(whichToHire);
  }

  /** One role's column of the table. {@code role} is the id: it is what scripts match on. */
  public record Column(
      String role,
      String name,
      String summary,
      ModelRelation modelRelation,
      String models,
      List<String> typicalProblems,
      List<String> skills,
      List<String> tools,
      List<String> goodSigns,
      List<String> redFlags,
      List<String> hireWhen,
      List<WrongHire> wrongHireWhen) {

    public Column {
      typicalProblems = List.copyOf(typicalProblems);
      skills = List.copyOf(skills);
      tools = List.copyOf(tools);
      goodSigns = List.copyOf(goodSigns);
      redFlags = List.copyOf(redFlags);
      hireWhen = List.copyOf(hireWhen);
      wrongHireWhen = List.copyOf(wrongHireWhen);
    }
  }

  /** A situation in which this role is the wrong hire, and whom to hire instead (id and name). */
  public record WrongHire(String situation, String instead, String insteadName) {}

  /**
   * A sentence that separates two of the compared roles. {@code source} says where it comes from:
   * {@code confused_with} (written in the knowledge) or {@code model_relation} (derived, when the
   * knowledge has no sentence for the pair).
   */
  public record Difference(List<String> between, String text, String source) {
    public Difference {
      between = List.copyOf(between);
    }
  }

  /**
   * A situation and the compared role to hire for it. {@code insteadOf} is the compared role that
   * would be the wrong hire there, or null when the situation is simply what the role is hired for.
   */
  public record Choice(String situation, String hire, String name, String insteadOf) {}
}
