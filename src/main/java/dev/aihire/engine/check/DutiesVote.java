package dev.aihire.engine.check;

import dev.aihire.engine.recommend.Recommendation;
import dev.aihire.engine.recommend.Recommender;
import dev.aihire.model.Knowledge;
import dev.aihire.model.PostingChecks;
import dev.aihire.model.Role;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Which role a posting's duties describe. Each line of the body is read by the recommender on its
 * own and votes with its scores; company boilerplate (about us, benefits, EEO) does not vote, and
 * neither do the role names a posting repeats ("As a Data Analyst, you will"), since the question
 * is what the work is, not what it is called.
 */
final class DutiesVote {
  /** A line whose best role scores at least this is that role's duty, for findings. */
  static final double STRONG_LINE = 0.35;

  /** A line this short that ends with ':' (or is bold or '#') heads a section. */
  private static final int MAX_HEADING = 70;

  private static final Pattern SENTENCE = Pattern.compile("(?<=[.!?;])\\s+(?=\\p{Lu})");

  private final Recommender recommender;
  private final List<String> boilerplateHeadings;
  private final List<String> boilerplatePhrases;
  private final Pattern roleNames;

  /** One line's vote: its best role, that role's score, and the words that decided it. */
  record LineVote(int line, String role, double score, List<String> words) {}

  /** Votes summed per role id (knowledge order), lines where each role leads, and the lines. */
  record Result(
      Map<String, Double> totals, Map<String, Integer> strongLines, List<LineVote> lines) {
    String best() {
      return totals.entrySet().stream()
          .max(Comparator.comparingDouble(Map.Entry<String, Double>::getValue))
          .filter(e -> e.getValue() > 0)
          .map(Map.Entry::getKey)
          .orElse(null);
    }

    double total(String role) {
      return role == null ? 0 : totals.getOrDefault(role, 0.0);
    }
  }

  DutiesVote(Knowledge knowledge, Recommender recommender) {
    this.recommender = recommender;
    PostingChecks.Boilerplate b = knowledge.postingChecks().boilerplate();
    this.boilerplateHeadings = b.headings().stream().map(Words::of).toList();
    this.boilerplatePhrases = b.phrases().stream().map(Words::of).toList();
    List<String> names = new ArrayList<>();
    for (Role r : knowledge.roles()) {
      names.add(r.name());
      names.addAll(r.aliases());
    }
    names.sort(Comparator.comparingInt(String::length).reversed());
    this.roleNames =
        names.isEmpty()
            ? null
            : Pattern.compile(
                "(?i)(?<![\\p{L}\\p{N}])(?:"
                    + String.join("|", names.stream().map(Pattern::quote).toList())
                    + ")s?(?![\\p{L}\\p{N}])");
  }

  Result vote(Posting posting) {
    Map<String, Double> totals = new LinkedHashMap<>();
    Map<String, Integer> strong = new LinkedHashMap<>();
    List<LineVote> votes = new ArrayList<>();
    boolean boilerplate = false;
    List<String> lines = posting.lines();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || i + 1 == posting.titleLine()) {
        continue;
      }
      String words = Words.of(line);
      if (heading(line)) {
        boilerplate = boilerplateHeadings.stream().anyMatch(h -> Words.find(words, h) >= 0);
        continue;
      }
      if (boilerplate || boilerplatePhrases.stream().anyMatch(p -> Words.find(words, p) >= 0)) {
        continue;
      }
      // A paragraph holds several duties: each sentence votes on its own.
      for (String sentence : SENTENCE.split(line)) {
        String duty = roleNames == null ? sentence : roleNames.matcher(sentence).replaceAll(" ");
        Recommendation rec = recommender.recommend(duty, 3);
        if (rec.recommendations().isEmpty()) {
          continue;
        }
        for (Recommendation.RoleMatch m : rec.recommendations()) {
          totals.merge(m.role(), m.score(), Double::sum);
        }
        Recommendation.RoleMatch top = rec.recommendations().get(0);
        if (top.score() >= STRONG_LINE) {
          strong.merge(top.role(), 1, Integer::sum);
        }
        votes.add(new LineVote(i + 1, top.role(), top.score(), top.quotes(3)));
      }
    }
    return new Result(totals, strong, votes);
  }

  static boolean heading(String line) {
    if (line.startsWith("#")) {
      return true;
    }
    if (line.length() > MAX_HEADING) {
      return false;
    }
    return line.endsWith(":") || line.matches("\\*\\*[^*]+\\*\\*:?|__[^_]+__:?");
  }
}
