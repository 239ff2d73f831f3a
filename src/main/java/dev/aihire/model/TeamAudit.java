package dev.aihire.model;

import java.util.List;
import java.util.Map;

/**
 * The {@code team_audit:} section: how a team described in words is read (extra names for roles,
 * number words), what kinds of work call for which role, and which ratios mean too many.
 */
public record TeamAudit(
    List<Names> names, Map<String, Integer> numbers, List<Need> needs, List<Balance> balance) {

  public TeamAudit {
    names = List.copyOf(names);
    numbers = Map.copyOf(numbers);
    needs = List.copyOf(needs);
    balance = List.copyOf(balance);
  }

  public static TeamAudit empty() {
    return new TeamAudit(List.of(), Map.of(), List.of(), List.of());
  }

  /** More ways of writing a role in a team description ("data folks"). */
  public record Names(String role, List<String> names) {
    public Names {
      names = List.copyOf(names);
    }
  }

  /** Work that calls for {@code role}: one of {@code when} in the text; urgency 1..3. */
  public record Need(String role, List<String> when, int urgency, String because) {
    public Need {
      when = List.copyOf(when);
    }
  }

  /**
   * Too many of {@code role}: more than {@code atMost} for each member of the {@code per} roles
   * (counting at least one).
   */
  public record Balance(String role, List<String> per, int atMost, String because) {
    public Balance {
      per = List.copyOf(per);
    }
  }
}
