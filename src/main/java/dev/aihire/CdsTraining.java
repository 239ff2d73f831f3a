package dev.aihire;

import dev.aihire.cli.Io;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The workload the launcher runs once, under -XX:ArchiveClassesAtExit, to make the class-data
 * archive: the common commands with their output thrown away, so that the archive holds what any
 * later run needs, whatever the first command happened to be. Not a user command.
 */
public final class CdsTraining {
  /**
   * The argument for the one-line recommend's own, smaller archive: only what a line that {@code
   * cli.QuickLine} reads needs. Mapping an archive costs in proportion to its size (relocating its
   * pointers), ~13 ms of such an answer for the whole product's 9 MB against 2 MB.
   */
  public static final String QUICK = "quick";

  private CdsTraining() {}

  /**
   * The argument for a run before the one-line training, in a JVM of its own: it compiles the
   * bundled YAML, as a user's file, into the cache of the directory given, so that the training can
   * answer from that file as a later run does without the YAML parser's classes.
   */
  public static final String PREPARE = "prepare";

  public static void main(String[] args) throws IOException {
    if (args.length == 2 && args[0].equals(PREPARE)) {
      Path dir = Files.createDirectories(Path.of(args[1]));
      run(userFile(dir), "--knowledge", bundledYaml(dir).toString(), "validate");
      return;
    }
    if (args.length >= 1 && args.length <= 2 && args[0].equals(QUICK)) {
      quick(args.length == 2 ? Path.of(args[1]) : null);
      return;
    }
    Path tmp = Files.createTempDirectory("aihire-cds");
    try {
      Path yaml = bundledYaml(tmp);
      Map<String, String> env = Map.of("AIHIRE_CACHE_DIR", tmp.resolve("cache").toString());
      String need = "we need a support chatbot on our docs by Friday, not dashboards";
      String batch =
          "{\"id\": 1, \"text\": \""
              + need
              + "\"}\n{\"id\": 2, \"text\": \"plumber\"}\n"
              + "not json\n";
      Path batchFile = tmp.resolve("needs.jsonl");
      Files.writeString(batchFile, batch, StandardCharsets.UTF_8); // a file batch runs ahead
      String[][] runs = {
        {"recommend", need},
        {"recommend", "plumber"},
        {"--format", "json", "recommend", "--top", "5", need},
        {"recommend", "--batch", "-"},
        {"--format", "json", "recommend", "--batch", batchFile.toString()},
        {"--format", "json", "recommend", "--batch", "-"},
        {"roles"},
        {"roles", "ai-engineer"},
        {"--format", "json", "roles", "mle"},
        {"validate"},
        {"validate", yaml.toString()},
        {"--knowledge", yaml.toString(), "recommend", need},
        {"--help"},
        {"recommend", "--help"},
        {"--version"},
        {"recomend", "x"},
        {"recommend", "Recomendation engine"},
        {"recommend", "We are hiring a Data Scientist to build weekly dashboards"},
        {"compare", "ai-engineer", "ml-engineer"},
        {"--format", "json", "compare", "ai-engineer", "data-scientist"},
        {"glossary"},
        {"glossary", "rag"},
        {"--format", "json", "glossary", "--search", "model"},
        {"quiz", "--seed", "3", "--count", "3"},
        {"--format", "json", "quiz", "--seed", "3", "--count", "3"},
        {"interview", "--answers", "-"},
        {"--format", "json", "interview", "--answers", "-"},
        {"check", "-"},
        {"--format", "json", "check", "--title", "Data Scientist", "-"},
        {"kit", "ai-engineer"},
        {"--format", "json", "kit", "data-engineer"},
      };
      String answers = "1\n2\nwhy\n3\n1\nskip\n2\n1\n1\n1\n1\n1\n";
      String posting =
          "Senior Data Scientist\n\nYou will build weekly dashboards in Tableau,"
              + " own our dbt models and be a rockstar ninja who thrives under pressure.\n";
      // The real streams once, as main() makes them (the launcher sends this run's output to
      // /dev/null), so their classes are archived too.
      Main.run(Main.standardIo(), "recommend", need);
      for (String[] run : runs) {
        java.util.List<String> words = java.util.List.of(run);
        String input =
            words.contains("--batch")
                ? batch
                : words.contains("quiz") || words.contains("interview")
                    ? answers
                    : words.contains("check") ? posting : "";
        byte[] stdin = input.getBytes(StandardCharsets.UTF_8);
        PrintWriter sink = new PrintWriter(OutputStream.nullOutputStream());
        try {
          Main.run(new Io(sink, sink, new ByteArrayInputStream(stdin), env, false, false), run);
        } catch (RuntimeException e) {
          // A command that fails here still loaded its classes; the archive needs no more.
        }
      }
    } finally {
      try (Stream<Path> files = Files.walk(tmp)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  /**
   * One-line recommends as scripts run them: text and JSON, an answer and an abstention; and, when
   * a {@link #PREPARE} run left its directory, later answers from that user's file.
   */
  private static void quick(Path prepared) {
    String need = "we need a support chatbot on our docs by Friday, not dashboards";
    Main.run(Main.standardIo(), "recommend", need); // the launcher sends this to /dev/null
    if (prepared != null && Files.isRegularFile(prepared.resolve("roles.yaml"))) {
      String file = prepared.resolve("roles.yaml").toString();
      run(userFile(prepared), "--knowledge", file, "recommend", need);
      run(userFile(prepared), "--format", "json", "recommend", "--knowledge=" + file, "plumber");
    }
    String[][] runs = {
      {"recommend", need},
      {"recommend", "plumber"},
      {"--format", "json", "recommend", need},
      {"--format=json", "recommend", "--top", "5", "Hire an electrician for the new office"},
      {"--color", "never", "recommend", "We are hiring a Data Scientist to build dashboards"},
      {"recommend", "Recomendation engine"},
    };
    for (String[] run : runs) {
      run(Map.of(), run);
    }
  }

  /** The environment of a user's file whose compiled copy lives in {@code dir}'s own cache. */
  private static Map<String, String> userFile(Path dir) {
    return Map.of("AIHIRE_CACHE_DIR", dir.resolve("cache").toString());
  }

  private static void run(Map<String, String> env, String... args) {
    PrintWriter sink = new PrintWriter(OutputStream.nullOutputStream());
    Main.run(new Io(sink, sink, new ByteArrayInputStream(new byte[0]), env, false, false), args);
  }

  private static Path bundledYaml(Path dir) throws IOException {
    Path yaml = dir.resolve("roles.yaml");
    try (InputStream in = Main.class.getResourceAsStream("/dev/aihire/roles.yaml")) {
      if (in != null) {
        Files.write(yaml, in.readAllBytes());
      }
    }
    return yaml;
  }
}
