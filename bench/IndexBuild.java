// Times building a knowledge file's semantic index (embedding every text, fitting the
// discriminant), then its whole recommend index, in the JVM it runs in: the first build is what
// a first run pays cold. For A/B runs of two builds, run each in fresh JVMs, interleaved:
//
//   javac -d /tmp/ib -cp target/aihire.jar bench/IndexBuild.java
//   java -XX:+UseParallelGC -Xms1g -Xmx1g -cp target/aihire.jar:/tmp/ib IndexBuild k100.yaml [REPEATS]
//
// (compiled first, so that javac does not warm the JVM the way the source launcher would).
import dev.aihire.engine.recommend.RecommendIndex;
import dev.aihire.engine.recommend.SemanticIndex;
import dev.aihire.knowledge.KnowledgeLoader;
import dev.aihire.model.Knowledge;
import dev.aihire.semantic.Embedder;
import java.nio.file.Path;

public class IndexBuild {
  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: IndexBuild KNOWLEDGE.yaml [REPEATS]");
      System.exit(2);
    }
    Knowledge knowledge = KnowledgeLoader.load(Path.of(args[0]));
    Embedder embedder = Embedder.bundled();
    int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    for (int i = 0; i < repeats; i++) {
      long start = System.nanoTime();
      SemanticIndex semantic = SemanticIndex.build(knowledge, embedder);
      long built = System.nanoTime();
      RecommendIndex.build(knowledge, embedder);
      long end = System.nanoTime();
      System.out.printf(
          "semantic index %d ms, whole recommend index %d ms (%d sentences)%n",
          (built - start) / 1_000_000, (end - built) / 1_000_000, semantic.sentences().size());
    }
  }
}
