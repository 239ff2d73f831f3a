// In-process cost of one recommendation against knowledge files of growing size (warm JIT):
//   java -cp target/aihire.jar bench/ScaleBench.java NEEDS.jsonl FILE...
import dev.aihire.compiled.KnowledgeCache;
import dev.aihire.compiled.KnowledgeStore;
import dev.aihire.compiled.StoredKnowledge;
import dev.aihire.engine.recommend.Recommender;
import dev.aihire.model.Knowledge;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class ScaleBench {
  public static void main(String[] args) throws Exception {
    List<String> needs = new ArrayList<>();
    Matcher m = Pattern.compile("\"text\": \"((?:[^\"\\\\]|\\\\.)*)\"").matcher(
        Files.readString(Path.of(args[0])));
    while (m.find()) {
      needs.add(m.group(1).replace("\\\"", "\""));
    }
    KnowledgeStore store =
        new KnowledgeStore(new KnowledgeCache(Files.createTempDirectory("aihire-scale")));
    double base = 0;
    for (int f = 1; f < args.length; f++) {
      StoredKnowledge stored = store.file(Path.of(args[f]), false);
      Knowledge k = stored.knowledge();
      Recommender r = new Recommender(k, stored.index());
      long sink = 0;
      for (int i = 0; i < 20_000; i++) {
        sink += r.recommend(needs.get(i % needs.size()), 3).recommendations().size();
      }
      int reps = 20_000;
      long t0 = System.nanoTime();
      for (int i = 0; i < reps; i++) {
        sink += r.recommend(needs.get(i % needs.size()), 3).recommendations().size();
      }
      double us = (System.nanoTime() - t0) / 1e3 / reps;
      if (f == 1) {
        base = us;
      }
      System.out.printf("  %-28s %5d roles  %7.1f us/need  (x%.2f of the first)%s%n",
          Path.of(args[f]).getFileName(), k.roles().size(), us, us / base,
          sink == 42 ? "" : "");
    }
  }
}
