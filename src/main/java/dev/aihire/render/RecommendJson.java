package dev.aihire.render;

import dev.aihire.engine.recommend.Recommendation;
import dev.aihire.engine.recommend.Recommendation.Evidence;
import dev.aihire.engine.recommend.Recommendation.RoleMatch;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON shape of a recommendation (CONTRACT.md): record components become its fields, in this
 * order, by {@link Json}. Fields after {@code recommendations} are additions; null ones are left
 * out.
 */
public record RecommendJson(
    String query,
    List<Match> recommendations,
    String confidence,
    List<Recommendation.Avoid> avoid,
    RunnerUp runnerUp,
    List<String> next,
    List<String> notes,
    NotAHire notAHire,
    List<String> mixed) {

  /** A recommended role with the reasons in words and the evidence as data. */
  public record Match(
      String role,
      String name,
      double score,
      List<String> why,
      String summary,
      List<Evidence> evidence) {}

  public record RunnerUp(String role, String name, String wouldChangeIf) {}

  public record NotAHire(String kind, String id, String name, String closest, String advice) {}

  public static RecommendJson of(Recommendation rec) {
    List<Match> matches = new ArrayList<>(rec.recommendations().size());
    for (RoleMatch m : rec.recommendations()) {
      matches.add(
          new Match(
              m.role(), m.name(), m.score(), RecommendWords.why(m), m.summary(), m.evidence()));
    }
    Recommendation.RunnerUp r = rec.runnerUp();
    Recommendation.NotAHire n = rec.notAHire();
    return new RecommendJson(
        rec.query(),
        matches,
        rec.confidence().toString(),
        rec.avoid(),
        r == null ? null : new RunnerUp(r.role(), r.name(), RecommendWords.wouldChangeIf(r)),
        RecommendWords.commands(rec.next()),
        RecommendWords.notes(rec, names(rec)),
        n == null
            ? null
            : new NotAHire(n.kind().toString(), n.id(), n.name(), n.closest(), n.advice()),
        rec.mixed().isEmpty() ? null : rec.mixed());
  }

  /** The names of the mixed roles, in order, from the answer's own matches. */
  static List<String> names(Recommendation rec) {
    List<String> names = new ArrayList<>(rec.mixed().size());
    for (String id : rec.mixed()) {
      names.add(nameOf(rec, id));
    }
    return List.copyOf(names);
  }

  private static String nameOf(Recommendation rec, String id) {
    for (RoleMatch m : rec.recommendations()) {
      if (m.role().equals(id)) {
        return m.name();
      }
    }
    return id;
  }
}
