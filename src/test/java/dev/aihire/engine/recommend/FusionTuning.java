package dev.aihire.engine.recommend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aihire.knowledge.KnowledgeLoader;
import dev.aihire.model.Knowledge;
import dev.aihire.semantic.Embedder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Chooses the numbers of {@link Weights} by cross-validation on the tuning split of the project's
 * own labelled needs, and reports how the choice does on the held-out split. Not a test: run it by
 * hand after a change to the knowledge or the scoring (docs/recommend-tuning.md):
 *
 * <pre>
 * mvn -q -o test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.aihire.engine.recommend.FusionTuning
 * </pre>
 *
 * <p>The search is coordinate descent over a grid per number, from {@link Weights#TUNED}, three
 * rounds; the objective is the share of needs answered right (top role accepted, or an empty answer
 * for a no-fit need). Five folds: each fold's figure comes from weights chosen on the other four,
 * so the cross-validated figure is not the tuned one in disguise.
 */
public final class FusionTuning {
  static final Path OLD = Path.of("src/test/resources/eval/needs.jsonl");
  static final Path NEEDS = Path.of("src/test/resources/eval/needs-v2.jsonl");
  static final int FOLDS = 5;

  /** One labelled need; {@code ok} is expect plus accept; an empty expect means no fit. */
  record Case(
      String id,
      String text,
      List<String> expect,
      List<String> ok,
      String style,
      boolean holdout,
      boolean mixed) {}

  /** A grid of values for one number of {@link Weights}. */
  record Axis(
      String name,
      double[] values,
      Function<Weights, Double> get,
      java.util.function.BiFunction<Weights, Double, Weights> set) {}

  static final List<Axis> AXES =
      List.of(
          axis("semanticWeight", 0, 0, 2, 4, 6, 8, 10, 12, 15, 20),
          axis("temperature", 1, 0.5, 0.75, 1, 1.5, 2, 3),
          axis("abstainBelow", 2, 1, 1.5, 2, 2.5, 3, 4),
          axis("otherJobSignal", 3, 2, 4, 6, 8, 10, 14),
          axis("otherJobMargin", 4, 0.4, 0.5, 0.7, 0.85, 1.0, 1.2, 1.5),
          axis("fieldFloor", 5, 0.3, 0.5, 0.6, 0.7, 0.8, 0.9, 2));

  /** An axis over the {@code at}-th number of {@link Weights}. */
  static Axis axis(String name, int at, double... values) {
    return new Axis(
        name,
        values,
        w -> numbers(w)[at],
        (w, v) -> {
          double[] n = numbers(w);
          n[at] = v;
          return new Weights(n[0], n[1], n[2], n[3], n[4], n[5]);
        });
  }

  static double[] numbers(Weights w) {
    return new double[] {
      w.semanticWeight(),
      w.temperature(),
      w.abstainBelow(),
      w.otherJobSignal(),
      w.otherJobMargin(),
      w.fieldFloor()
    };
  }

  private FusionTuning() {}

  public static void main(String[] args) throws Exception {
    Knowledge k = KnowledgeLoader.load(Path.of("roles.yaml"));
    RecommendIndex index = RecommendIndex.build(k, Embedder.bundled());
    List<Case> all = read();
    List<Case> tune = all.stream().filter(c -> !c.holdout()).toList();
    List<Case> holdout = all.stream().filter(Case::holdout).toList();
    System.out.printf("cases: %d tune, %d held out%n", tune.size(), holdout.size());
    if (args.length > 0 && args[0].equals("report")) {
      report("tune (TUNED)", k, index, Weights.TUNED, tune);
      report("holdout (TUNED)", k, index, Weights.TUNED, holdout);
      return;
    }

    double cv = 0;
    for (int f = 0; f < FOLDS; f++) {
      final int fold = f;
      List<Case> train = new ArrayList<>();
      List<Case> test = new ArrayList<>();
      for (int i = 0; i < tune.size(); i++) {
        (i % FOLDS == fold ? test : train).add(tune.get(i));
      }
      Weights w = search(k, index, train, false);
      double s = accuracy(k, index, w, test);
      cv += s / FOLDS;
      System.out.printf("fold %d: %.3f with %s%n", f, s, w);
    }
    System.out.printf("cross-validated accuracy on the tuning split: %.3f%n", cv);
    Weights chosen = search(k, index, tune, true);
    System.out.printf("chosen on the whole tuning split: %s%n", chosen);
    report("tune (chosen)", k, index, chosen, tune);
    report("holdout (chosen)", k, index, chosen, holdout);
    report("tune (TUNED)", k, index, Weights.TUNED, tune);
    report("holdout (TUNED)", k, index, Weights.TUNED, holdout);
  }

  static Weights search(Knowledge k, RecommendIndex index, List<Case> cases, boolean verbose) {
    Weights best = Weights.TUNED;
    double bestScore = accuracy(k, index, best, cases);
    for (int round = 0; round < 3; round++) {
      boolean moved = false;
      for (Axis axis : AXES) {
        for (double v : axis.values()) {
          Weights w = axis.set().apply(best, v);
          double s = accuracy(k, index, w, cases);
          // Ties keep the current value: a move must buy something.
          if (s > bestScore + 1e-9) {
            best = w;
            bestScore = s;
            moved = true;
          }
        }
      }
      if (verbose) {
        System.out.printf("round %d: %.3f %s%n", round, bestScore, best);
      }
      if (!moved) {
        break;
      }
    }
    return best;
  }

  static double accuracy(Knowledge k, RecommendIndex index, Weights w, List<Case> cases) {
    Recommender r = new Recommender(k, index, w);
    int right = 0;
    for (Case c : cases) {
      right += right(r, c) ? 1 : 0;
    }
    return (double) right / cases.size();
  }

  static boolean right(Recommender r, Case c) {
    List<String> got =
        r.recommend(c.text(), 3).recommendations().stream()
            .map(Recommendation.RoleMatch::role)
            .toList();
    return c.expect().isEmpty() ? got.isEmpty() : !got.isEmpty() && c.ok().contains(got.get(0));
  }

  static void report(String label, Knowledge k, RecommendIndex index, Weights w, List<Case> cases) {
    Recommender r = new Recommender(k, index, w);
    int fit = 0;
    int top1 = 0;
    int top3 = 0;
    int noFit = 0;
    int abstained = 0;
    java.util.Map<String, int[]> byStyle = new java.util.TreeMap<>();
    int saidMixed = 0;
    int mixedRight = 0;
    int labelledMixed = 0;
    for (Case c : cases) {
      Recommendation rec = r.recommend(c.text(), 3);
      List<String> got =
          rec.recommendations().stream().map(Recommendation.RoleMatch::role).toList();
      saidMixed += rec.mixed().isEmpty() ? 0 : 1;
      labelledMixed += c.mixed() ? 1 : 0;
      mixedRight += c.mixed() && !rec.mixed().isEmpty() ? 1 : 0;
      int[] s = byStyle.computeIfAbsent(c.style(), x -> new int[2]);
      s[1]++;
      if (c.expect().isEmpty()) {
        noFit++;
        abstained += got.isEmpty() ? 1 : 0;
        s[0] += got.isEmpty() ? 1 : 0;
        continue;
      }
      fit++;
      boolean ok = !got.isEmpty() && c.ok().contains(got.get(0));
      top1 += ok ? 1 : 0;
      s[0] += ok ? 1 : 0;
      top3 += got.contains(c.expect().get(0)) ? 1 : 0;
    }
    StringBuilder styles = new StringBuilder();
    byStyle.forEach(
        (st, v) -> styles.append(String.format(Locale.ROOT, " %s=%d/%d", st, v[0], v[1])));
    System.out.printf(
        Locale.ROOT,
        "%s: top1=%.3f top3=%.3f abstain=%d/%d mixed=%d/%d said %d" + " |%s%n",
        label,
        (double) top1 / fit,
        (double) top3 / fit,
        abstained,
        noFit,
        mixedRight,
        labelledMixed,
        saidMixed,
        styles);
  }

  static List<Case> read() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Case> out = new ArrayList<>();
    for (Path p : List.of(OLD, NEEDS)) {
      if (!Files.exists(p)) {
        continue;
      }
      for (String line : Files.readAllLines(p)) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode c = json.readTree(line);
        List<String> expect = new ArrayList<>();
        c.get("expect").forEach(n -> expect.add(n.asText()));
        List<String> ok = new ArrayList<>(expect);
        c.path("accept").forEach(n -> ok.add(n.asText()));
        out.add(
            new Case(
                c.get("id").asText(),
                c.get("text").asText(),
                expect,
                ok,
                c.path("style").asText("old"),
                c.path("split").asText("tune").equals("holdout"),
                c.has("mixed")));
      }
    }
    return out;
  }
}
