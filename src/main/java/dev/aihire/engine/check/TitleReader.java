package dev.aihire.engine.check;

import dev.aihire.engine.RoleFinder;
import dev.aihire.engine.recommend.Recommendation;
import dev.aihire.engine.recommend.Recommender;
import dev.aihire.model.Knowledge;
import dev.aihire.model.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The role a posting's title promises. Titles carry more than a role ("Sr. ML Engineer II,
 * Ranking"): seniority, levels and team suffixes are dropped, then the role finder is asked for the
 * longest run of words that names a role; only a title naming none is read as a need.
 */
final class TitleReader {
  /** Words of seniority, level, contract and place that never change which role is meant. */
  private static final Set<String> NOISE =
      Set.of(
          "senior",
          "sr",
          "snr",
          "junior",
          "jr",
          "lead",
          "staff",
          "principal",
          "distinguished",
          "mid",
          "middle",
          "intermediate",
          "associate",
          "entry",
          "level",
          "graduate",
          "grad",
          "trainee",
          "intern",
          "internship",
          "apprentice",
          "i",
          "ii",
          "iii",
          "iv",
          "v",
          "1",
          "2",
          "3",
          "4",
          "5",
          "remote",
          "contract",
          "contractor",
          "freelance",
          "fulltime",
          "full",
          "time",
          "part",
          "temporary",
          "hybrid",
          "expert",
          "experienced",
          "founding",
          "chief",
          "team",
          "sme");

  private final RoleFinder finder;
  private final Recommender recommender;
  private final List<String> leadership;

  /** The role the title names (null: none), and whether it is a leadership title. */
  record TitleRole(String role, boolean leadership) {}

  TitleReader(Knowledge knowledge, Recommender recommender) {
    this.finder = new RoleFinder(knowledge);
    this.recommender = recommender;
    this.leadership = knowledge.postingChecks().leadershipTitles().stream().map(Words::of).toList();
  }

  TitleRole read(String title) {
    if (title == null || title.isBlank()) {
      return new TitleRole(null, false);
    }
    String words = Words.of(title);
    boolean leads = leadership.stream().anyMatch(l -> Words.find(words, l) >= 0);
    Optional<Role> exact = finder.find(title);
    if (exact.isPresent()) {
      return new TitleRole(exact.get().id(), false);
    }
    if (leads) {
      return new TitleRole(null, true);
    }
    String role = named(title);
    if (role == null) {
      role = asNeed(title);
    }
    return new TitleRole(role, false);
  }

  /** The longest run of words, in any part of the title, that is a role's name or alias. */
  private String named(String title) {
    // Parentheses hold places and levels ("(Canada)", "(L5)") or an alias ("(MLE)"): try the
    // title without them first, then them as a part of their own.
    String bare = title.replaceAll("\\([^)]*\\)", " ");
    List<List<String>> parts = new ArrayList<>();
    parts.add(kept(bare));
    for (String part : bare.split("[,|:;\u2013\u2014]| - | / |\\bat\\b|\\bfor\\b|\\bin\\b")) {
      parts.add(kept(part));
    }
    for (String inside : title.replaceAll("^[^(]*\\(|\\)[^(]*$", "").split("\\)[^(]*\\(")) {
      if (title.contains("(")) {
        parts.add(kept(inside));
      }
    }
    String best = null;
    int bestLength = 0;
    for (List<String> part : parts) {
      for (int len = part.size(); len > bestLength; len--) {
        for (int from = 0; from + len <= part.size(); from++) {
          Optional<Role> r = finder.find(String.join(" ", part.subList(from, from + len)));
          if (r.isPresent()) {
            best = r.get().id();
            bestLength = len;
            break;
          }
        }
      }
    }
    return best;
  }

  private static List<String> kept(String part) {
    List<String> out = new ArrayList<>();
    for (String w : part.trim().split("\\s+")) {
      String bare = w.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}+#]+$", "");
      String key = bare.toLowerCase(java.util.Locale.ROOT).replace(".", "");
      if (!bare.isEmpty() && !NOISE.contains(key) && !key.matches("l\\d|e\\d|ic\\d")) {
        out.add(bare);
      }
    }
    return out;
  }

  /** A title that names no role ("Tableau Developer") is read like a short hiring need. */
  private String asNeed(String title) {
    String cleaned = String.join(" ", kept(title.replaceAll("\\([^)]*\\)", " ")));
    if (cleaned.isBlank()) {
      return null;
    }
    Recommendation rec = recommender.recommend(cleaned, 1);
    return rec.recommendations().isEmpty() ? null : rec.recommendations().get(0).role();
  }
}
