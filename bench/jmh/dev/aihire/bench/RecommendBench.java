package dev.aihire.bench;

import dev.aihire.engine.recommend.Recommender;
import dev.aihire.knowledge.KnowledgeLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/** Engine throughput on one core: one-line needs, and 4,000-character postings. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseSerialGC", "-XX:ActiveProcessorCount=1"})
@Threads(1)
public class RecommendBench {
  private Recommender recommender;
  private List<String> needs;
  private List<String> postings;
  private int i;

  @Setup
  public void setUp() throws Exception {
    recommender = new Recommender(KnowledgeLoader.loadBundled());
    needs = new ArrayList<>();
    Matcher m = Pattern.compile("\"text\": \"((?:[^\"\\\\]|\\\\.)*)\"").matcher(
        Files.readString(Path.of("src/test/resources/eval/needs.jsonl")));
    while (m.find()) {
      needs.add(m.group(1).replace("\\\"", "\""));
    }
    // Postings of 4,000 characters made of the needs' own sentences, so they carry evidence.
    Random random = new Random(4000);
    postings = new ArrayList<>();
    for (int p = 0; p < 64; p++) {
      StringBuilder b = new StringBuilder();
      while (b.length() < 4000) {
        b.append(needs.get(random.nextInt(needs.size()))).append(". ");
      }
      postings.add(b.substring(0, 4000));
    }
  }

  @Benchmark
  public Object oneLineNeed() {
    return recommender.recommend(needs.get(i++ % needs.size()), 3);
  }

  @Benchmark
  public Object posting4000Chars() {
    return recommender.recommend(postings.get(i++ % postings.size()), 3);
  }
}
