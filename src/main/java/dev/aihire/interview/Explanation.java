package dev.aihire.interview;

import dev.aihire.model.Knowledge;
import dev.aihire.model.Question;
import java.util.ArrayList;
import java.util.List;

/**
 * Why a question is asked now: the knowledge's reason for the question, and the roles still in play
 * that it tells apart, each with the answer its hiring manager would most likely give.
 */
public record Explanation(
    String questionId, String why, List<Contender> separates, double gainBits) {
  /** A role still in play, its current probability, and the answer that points to it. */
  public record Contender(String role, String name, double probability, int answer) {}

  /** Roles below this probability are out of play and not worth naming. */
  static final double IN_PLAY = 0.05;

  static final int MAX_NAMED = 4;

  public Explanation {
    separates = List.copyOf(separates);
  }

  static Explanation of(Knowledge knowledge, int q, double[] belief, double[][] l) {
    Question question = knowledge.questions().get(q);
    List<Contender> in = new ArrayList<>();
    for (Integer r : Belief.order(belief)) {
      if (in.size() >= MAX_NAMED || (in.size() >= 2 && belief[r] < IN_PLAY)) {
        break;
      }
      int likeliest = 0;
      for (int a = 1; a < l.length; a++) {
        if (l[a][r] > l[likeliest][r]) {
          likeliest = a;
        }
      }
      var role = knowledge.roles().get(r);
      in.add(new Contender(role.id(), role.name(), belief[r], likeliest));
    }
    return new Explanation(question.id(), question.why(), in, Belief.expectedGain(belief, l));
  }

  /** One plain sentence naming the contenders, e.g. for a prompt's "why". */
  public String separatesSentence() {
    StringBuilder b = new StringBuilder("Right now it separates ");
    for (int i = 0; i < separates.size(); i++) {
      Contender c = separates.get(i);
      if (i > 0) {
        b.append(i == separates.size() - 1 ? " and " : ", ");
      }
      b.append(c.name())
          .append(" (")
          .append(Results.percent(c.probability()))
          .append(", most likely answer ")
          .append(c.answer() + 1)
          .append(')');
    }
    return b.append('.').toString();
  }
}
