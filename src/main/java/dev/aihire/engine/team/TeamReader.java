package dev.aihire.engine.team;

import dev.aihire.engine.phrases.PhraseMatcher;
import dev.aihire.model.Knowledge;
import dev.aihire.model.Role;
import dev.aihire.model.TeamAudit;
import dev.aihire.text.Normalizer;
import dev.aihire.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a team described in words into a head count per role: "4 research scientists, 1 data
 * scientist, no ML or MLOps engineers". Roles are known by their id, name, aliases and the
 * team_audit names; the count is the number word just before a name ("no" and "without" count zero,
 * a name alone counts one), and "A or B engineers" names both A engineers and B engineers with the
 * same count.
 */
public final class TeamReader {
  /** Words allowed between a count and the role name: "4 senior research scientists". */
  private static final int MAX_MODIFIERS = 2;

  private final List<Name> names = new ArrayList<>();
  private final Map<String, Integer> numbers;

  /** One way of writing a role, as stems. */
  private record Name(String role, List<String> stems) {}

  /** A role read from the text: its count and the words it was read from. */
  public record Count(String role, int count, String quoted) {}

  /** A mention: its name's tokens, and the last token of the words to quote for it. */
  private record Mention(String role, int first, int last, int quoteLast) {
    /** "ML" of "ML or MLOps engineers": a name whose last word is said after the next one. */
    boolean elliptic() {
      return quoteLast != last;
    }
  }

  public TeamReader(Knowledge knowledge) {
    for (Role r : knowledge.roles()) {
      add(r.id(), r.id().replace('-', ' '));
      add(r.id(), r.name());
      r.aliases().forEach(a -> add(r.id(), a));
    }
    for (TeamAudit.Names n : knowledge.teamAudit().names()) {
      n.names().forEach(a -> add(n.role(), a));
    }
    names.sort(Comparator.comparingInt((Name n) -> -n.stems().size()));
    this.numbers = knowledge.teamAudit().numbers();
  }

  private void add(String role, String name) {
    List<String> stems = Normalizer.stems(name);
    if (!stems.isEmpty()) {
      names.add(new Name(role, stems));
    }
  }

  /** The roles in the text with their counts, in the order first named; empty if none. */
  public List<Count> read(String description) {
    PhraseMatcher text = new PhraseMatcher(description, 0);
    List<Token> tokens = text.tokens();
    boolean[] taken = new boolean[tokens.size()];
    List<Mention> mentions = new ArrayList<>();
    for (Name n : names) {
      for (int i = 0; i + n.stems().size() <= tokens.size(); i++) {
        int last = i + n.stems().size() - 1;
        if (free(taken, i, last) && stemsAt(tokens, n.stems(), i)) {
          mark(taken, i, last);
          mentions.add(new Mention(n.role(), i, last, last));
        } else if (n.stems().size() >= 2 && free(taken, i, last - 1)) {
          Mention m = elliptic(text, n, i);
          if (m != null) {
            mark(taken, i, last - 1);
            mentions.add(m);
          }
        }
      }
    }
    mentions.sort(Comparator.comparingInt(Mention::first));
    Map<String, Count> counts = new LinkedHashMap<>();
    int previous = 1;
    int previousStart = 0;
    for (int k = 0; k < mentions.size(); k++) {
      Mention m = mentions.get(k);
      int previousEnd = k == 0 ? -1 : mentions.get(k - 1).last();
      int start = countStart(text, m.first());
      // "no ML or MLOps engineers", "two ML or MLOps engineers": one count and one quote for
      // both. Not "2 data scientists and MLOps": a number is not carried past a whole name.
      boolean shared =
          k > 0
              && joined(text, m.first(), previousEnd)
              && (previous == 0 || mentions.get(k - 1).elliptic());
      if (shared) {
        start = previousStart;
      }
      int count = countBefore(text, m.first(), previousEnd, shared ? previous : -1);
      previous = count;
      previousStart = start;
      Count old = counts.get(m.role());
      counts.put(
          m.role(),
          new Count(
              m.role(),
              (old == null ? 0 : old.count()) + count,
              old == null ? text.quote(start, Math.max(m.last(), m.quoteLast())) : old.quoted()));
    }
    return List.copyOf(counts.values());
  }

  /** "ML or MLOps engineers": the name's last word, after a conjunction, ends the mention. */
  private Mention elliptic(PhraseMatcher text, Name n, int i) {
    List<Token> tokens = text.tokens();
    List<String> head = n.stems().subList(0, n.stems().size() - 1);
    int afterHead = i + head.size();
    if (!stemsAt(tokens, head, i)
        || afterHead >= tokens.size()
        || !isConjunction(tokens.get(afterHead).stem())) {
      return null;
    }
    String last = n.stems().get(n.stems().size() - 1);
    for (int j = afterHead + 1; j <= afterHead + 3 && j < tokens.size(); j++) {
      if (tokens.get(j).stem().equals(last)) {
        return new Mention(n.role(), i, afterHead - 1, j);
      }
    }
    return null;
  }

  /** Whether a conjunction alone joins token {@code at} to the mention ending before it. */
  private static boolean joined(PhraseMatcher text, int at, int previousEnd) {
    return previousEnd >= 0
        && previousEnd == at - 2
        && isConjunction(text.tokens().get(at - 1).stem());
  }

  private static boolean isConjunction(String stem) {
    return stem.equals("or") || stem.equals("and") || stem.equals("nor");
  }

  /**
   * The count written before token {@code at}: a number (digits or a number word) within a few
   * words, else {@code shared} (the previous mention's count, when a conjunction joins them and
   * that count carries over; -1 when none does), else zero when the name is said under a negation,
   * else one.
   */
  private int countBefore(PhraseMatcher text, int at, int previousEnd, int shared) {
    List<Token> tokens = text.tokens();
    for (int j = at - 1; j > previousEnd && j >= at - 1 - MAX_MODIFIERS; j--) {
      String stem = tokens.get(j).stem();
      Integer n = number(stem);
      if (n != null) {
        return n;
      }
      if (j == at - 1 && shared >= 0) {
        return shared;
      }
      if (breaks(text, j, at)) {
        break;
      }
    }
    return text.negated(at) ? 0 : 1;
  }

  private int countStart(PhraseMatcher text, int at) {
    if (at > 0 && number(text.tokens().get(at - 1).stem()) != null && !breaks(text, at - 1, at)) {
      return at - 1;
    }
    return at;
  }

  private Integer number(String stem) {
    if (!stem.isEmpty() && stem.length() <= 3 && stem.chars().allMatch(Character::isDigit)) {
      return Integer.parseInt(stem);
    }
    return numbers.get(stem);
  }

  private static boolean breaks(PhraseMatcher text, int from, int to) {
    String between = text.quote(from, to);
    return between.indexOf(',') >= 0 || between.indexOf(';') >= 0 || between.indexOf('.') >= 0;
  }

  private static boolean stemsAt(List<Token> tokens, List<String> stems, int i) {
    if (i + stems.size() > tokens.size()) {
      return false;
    }
    for (int k = 0; k < stems.size(); k++) {
      if (!tokens.get(i + k).stem().equals(stems.get(k))) {
        return false;
      }
    }
    return true;
  }

  private static boolean free(boolean[] taken, int from, int to) {
    for (int i = from; i <= to && i < taken.length; i++) {
      if (taken[i]) {
        return false;
      }
    }
    return true;
  }

  private static void mark(boolean[] taken, int from, int to) {
    for (int i = from; i <= to; i++) {
      taken[i] = true;
    }
  }
}
