// Times the parts of a large knowledge file's first run one after another, in one JVM and
// repeated, so that the later repeats show what each part costs warm (the JIT done): reading and
// checking the file, its semantic index, its phrase index (signals, names, spelling) and its
// profile index. A first run does the first on the main thread and then the other three on two
// threads; the warm sum over two cores is the least such a run could take with no compiling.
// It sits in the engine's package because the phrase and profile indexes are not public:
//
//   javac -d /tmp/pt -cp target/aihire.jar bench/PhaseTimes.java
//   java -XX:+UseParallelGC -Xms1g -Xmx1g -cp target/aihire.jar:/tmp/pt \
//     dev.aihire.engine.recommend.PhaseTimes k100.yaml [REPEATS]
package dev.aihire.engine.recommend;

import dev.aihire.knowledge.KnowledgeLoader;
import dev.aihire.model.Knowledge;
import dev.aihire.semantic.Embedder;
import java.nio.file.Path;

public final class PhaseTimes {
  private PhaseTimes() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: PhaseTimes KNOWLEDGE.yaml [REPEATS]");
      System.exit(2);
    }
    Embedder embedder = Embedder.bundled();
    int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 6;
    for (int i = 0; i < repeats; i++) {
      long start = System.nanoTime();
      Knowledge knowledge = KnowledgeLoader.load(Path.of(args[0]));
      long loaded = System.nanoTime();
      SemanticIndex.build(knowledge, embedder);
      long semantic = System.nanoTime();
      StemMemo stems = new StemMemo();
      new SignalIndex(knowledge, stems, true);
      long phrases = System.nanoTime();
      new ProfileIndex(knowledge, stems);
      long profiles = System.nanoTime();
      System.out.printf(
          "read and check %d ms, semantic index %d ms, phrase index %d ms, profile index %d ms%n",
          ms(loaded - start), ms(semantic - loaded), ms(phrases - semantic), ms(profiles - phrases));
    }
  }

  private static long ms(long nanos) {
    return nanos / 1_000_000;
  }
}
