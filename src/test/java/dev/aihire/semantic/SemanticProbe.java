package dev.aihire.semantic;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Not a test: the process used to measure the semantic layer's cost (docs/semantic.md). {@code
 * none} only reads the compiled knowledge from the jar, as every recommend does (the baseline),
 * {@code open} also opens the bundled table, {@code one TEXT} also embeds one text (no formatting
 * or other work that would add start-up of its own), {@code batch FILE} embeds every line of a file
 * one by one and prints the time the embedding took, {@code throughput FILE} is the warmed-up loop
 * (CPU time of tokenising, then of tokenising and embedding).
 */
public final class SemanticProbe {
  private SemanticProbe() {}

  /** What every recommend does before any semantic work: read the compiled knowledge. */
  private static int knowledgeBytes() throws IOException {
    try (InputStream in = SemanticProbe.class.getResourceAsStream("/dev/aihire/roles.bin.zip")) {
      return in.readAllBytes().length;
    }
  }

  /** Five rounds over the lines, in thread CPU time: tokenising alone, then embedding. */
  private static void throughput(List<String> lines) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Embedder embedder = Embedder.bundled();
    for (int round = 1; round <= 5; round++) {
      long started = threads.getCurrentThreadCpuTime();
      long pieces = 0;
      for (String line : lines) {
        pieces += embedder.tokenIds(line).length;
      }
      long tokenised = threads.getCurrentThreadCpuTime();
      double sum = 0;
      for (String line : lines) {
        sum += embedder.embed(line)[0];
      }
      long embedded = threads.getCurrentThreadCpuTime();
      System.out.printf(
          "round %d: %d lines, %d pieces: tokenise %.1f ms, embed %.1f ms CPU"
              + " (checksum %.4f)%n",
          round,
          lines.size(),
          pieces,
          (tokenised - started) / 1e6,
          (embedded - tokenised) / 1e6,
          sum);
    }
  }

  public static void main(String[] args) throws IOException {
    switch (args[0]) {
      case "none" -> System.out.println(knowledgeBytes());
      case "open" -> {
        knowledgeBytes();
        System.out.println(Embedder.bundled().dimensions());
      }
      case "one" -> {
        knowledgeBytes();
        System.out.println(Embedder.bundled().embed(args[1])[0] > 0 ? 1 : 0);
      }
      case "batch" -> {
        List<String> lines = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8);
        long started = System.nanoTime();
        Embedder embedder = Embedder.bundled();
        double sum = 0;
        for (String line : lines) {
          sum += embedder.embed(line)[0];
        }
        long took = System.nanoTime() - started;
        System.out.printf(
            "%d lines in %.1f ms (%.1f us a line), checksum %.4f%n",
            lines.size(), took / 1e6, took / 1e3 / lines.size(), sum);
      }
      case "throughput" -> throughput(Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8));
      default ->
          throw new IllegalArgumentException("none, open, one TEXT, batch FILE or throughput FILE");
    }
  }
}
