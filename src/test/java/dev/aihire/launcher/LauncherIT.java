package dev.aihire.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's own cases (docs/reliability.md), run as a user runs it: a copy of ./aihire beside
 * a copy of the built jar (no sources, so it never builds, except where a test gives it sources and
 * a stand-in for mvn). Runs after 'package' (mvn verify), as it needs the jar.
 */
class LauncherIT {
  private static final Path JAR = Path.of("target/aihire.jar");

  @TempDir Path tmp;
  private Path app;
  private Path launcher;

  record Run(int code, String out, String err) {}

  @BeforeEach
  void copyTheLauncherAndTheJar() throws IOException {
    assumeTrue(Files.isRegularFile(JAR), "needs the packaged jar (mvn verify)");
    app = Files.createDirectories(tmp.resolve("app"));
    Files.createDirectories(app.resolve("target"));
    Files.copy(JAR, app.resolve("target/aihire.jar"));
    launcher = app.resolve("aihire");
    Files.copy(Path.of("aihire"), launcher);
    Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  private Run run(Map<String, String> env, String... command) throws Exception {
    return run(env, List.of(command));
  }

  private Run run(Map<String, String> env, List<String> command) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command).directory(tmp.toFile());
    pb.environment().putAll(env);
    pb.redirectOutput(tmp.resolve("out").toFile()).redirectError(tmp.resolve("err").toFile());
    Process p = pb.start();
    assertThat(p.waitFor(240, TimeUnit.SECONDS)).as("finished").isTrue();
    return new Run(
        p.exitValue(), Files.readString(tmp.resolve("out")), Files.readString(tmp.resolve("err")));
  }

  private List<String> files(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  /** The class-data archive (or AOT cache) the launcher made in {@code cache}. */
  private Path archiveIn(Path cache) throws IOException {
    return cache.resolve(
        files(cache).stream()
            .filter(f -> f.endsWith(".cds") || f.endsWith(".aot"))
            .findFirst()
            .orElseThrow());
  }

  @Test
  void aDamagedArchiveIsRemadeWithNothingOnStdoutAndNoCrashFile() throws Exception {
    Path cache = tmp.resolve("cache");
    Map<String, String> env = Map.of("AIHIRE_CACHE_DIR", cache.toString());
    Run first = run(env, launcher.toString(), "roles", "ai-engineer");
    assertThat(first.code()).isZero();
    Path archive = archiveIn(cache);
    assertThat(files(cache)).contains(archive.getFileName() + ".sum");
    // Cut in half: a JVM mapping it would die of SIGBUS and print its banner on stdout.
    archive.toFile().setWritable(true);
    byte[] bytes = Files.readAllBytes(archive);
    Files.write(archive, Arrays.copyOf(bytes, bytes.length / 2));
    Run second = run(env, launcher.toString(), "roles", "ai-engineer");
    assertThat(second.code()).isZero();
    assertThat(second.out()).isEqualTo(first.out());
    assertThat(second.err()).isEmpty();
    // Made again (a dump's size varies by a page or so from one run to the next).
    assertThat(Files.size(archive)).isGreaterThan(bytes.length / 2 + 4096);
    assertThat(files(tmp)).noneMatch(f -> f.startsWith("hs_err"));
    assertThat(files(cache)).noneMatch(f -> f.endsWith(".tmp"));
  }

  @Test
  void aDamagedArchiveWhoseTimesWereKeptCrashesOneRunAndIsMadeAgainOnTheNext() throws Exception {
    Path cache = tmp.resolve("cache");
    Map<String, String> env = Map.of("AIHIRE_CACHE_DIR", cache.toString());
    Run first = run(env, launcher.toString(), "roles", "ai-engineer");
    Path archive = archiveIn(cache);
    Path sum = cache.resolve(archive.getFileName() + ".sum");
    archive.toFile().setWritable(true);
    byte[] bytes = Files.readAllBytes(archive);
    Files.write(archive, Arrays.copyOf(bytes, bytes.length / 2));
    // Its times put back as they were: the launcher's cheap check cannot tell.
    Files.setLastModifiedTime(archive, Files.getLastModifiedTime(sum));
    Run crashed = run(env, launcher.toString(), "roles", "ai-engineer");
    assertThat(crashed.code()).isNotZero();
    assertThat(files(cache)).anyMatch(f -> f.startsWith("hs_err_pid") && f.endsWith(".log"));
    Run healed = run(env, launcher.toString(), "roles", "ai-engineer");
    assertThat(healed.code()).isZero();
    assertThat(healed.out()).isEqualTo(first.out());
    assertThat(healed.err()).isEmpty();
    assertThat(Files.size(archive)).isGreaterThan(bytes.length / 2 + 4096);
    // The crash report is kept for whoever wants it, under a name that is not acted on again.
    assertThat(files(cache))
        .anyMatch(f -> f.startsWith("hs_err_pid") && f.endsWith(".log.seen"))
        .noneMatch(f -> f.endsWith(".log"));
  }

  @Test
  void aCacheDirectoryNamedWithASlashAtTheEndIsMadePrivateWithItsParentsUnderAnyUmask()
      throws Exception {
    Path parent = tmp.resolve("new");
    Run r =
        run(
            Map.of("AIHIRE_CACHE_DIR", parent.resolve("cache") + "/"),
            "sh",
            "-c",
            "umask 000 && exec \"$0\" roles ai-engineer",
            launcher.toString());
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(parent)))
        .isEqualTo("rwx------");
    assertThat(
            PosixFilePermissions.toString(Files.getPosixFilePermissions(parent.resolve("cache"))))
        .isEqualTo("rwx------");
    assertThat(files(parent.resolve("cache"))).anyMatch(f -> f.endsWith(".sum"));
  }

  @Test
  void aHeapSizeOfTheUsersReplacesTheLaunchersWhole() throws Exception {
    // -Xmx8m under the launcher's -Xms12m stopped the JVM before it started.
    Run r =
        run(
            Map.of("AIHIRE_CACHE_DIR", "off", "AIHIRE_JAVA_OPTS", "-Xmx8m"),
            launcher.toString(),
            "roles",
            "ai-engineer");
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("AI Engineer (ai-engineer)");
  }

  /** What every start reads from the jar is stored, not deflated: reading it is then a copy. */
  @Test
  void theJarKeepsTheCompiledKnowledgeAndTheSemanticTableStored() throws IOException {
    try (ZipFile jar = new ZipFile(JAR.toFile())) {
      for (String entry :
          List.of("dev/aihire/roles.bin.zip", "dev/aihire/semantic/minilm-l6-static.zip")) {
        assertThat(jar.getEntry(entry).getMethod()).as(entry).isEqualTo(ZipEntry.STORED);
      }
    }
  }

  @Test
  void aOneLineRecommendMapsASmallerArchiveOfItsOwnAndAnswersTheSame() throws Exception {
    Path cache = tmp.resolve("cache");
    Map<String, String> env = Map.of("AIHIRE_CACHE_DIR", cache.toString());
    Map<String, String> none = Map.of("AIHIRE_CACHE_DIR", "off");
    String need = "we need a support chatbot on our docs";
    Run quick = run(env, launcher.toString(), "--format", "json", "recommend", need, "--top", "2");
    assertThat(quick.code()).isZero();
    assertThat(quick.err()).isEmpty();
    assertThat(quick.out())
        .isEqualTo(
            run(none, launcher.toString(), "--format", "json", "recommend", need, "--top", "2")
                .out());
    Path yaml =
        Files.copy(
            Path.of("src/test/resources/knowledge/valid/minimal.yaml"), tmp.resolve("k.yaml"));
    Run user = run(env, launcher.toString(), "--knowledge", yaml.toString(), "recommend", need);
    assertThat(user.code()).isZero();
    assertThat(user.out())
        .isEqualTo(
            run(none, launcher.toString(), "--knowledge", yaml.toString(), "recommend", need)
                .out());
    List<String> archives = archives(cache);
    assertThat(archives).as("one-line lines, on a user's file too").hasSize(1);
    assertThat(archives.get(0)).matches(".*\\.recommend\\.(cds|aot)");
    // Any other command line, a recommend batch too, makes and maps the whole product's.
    assertThat(run(env, launcher.toString(), "roles", "ai-engineer").code()).isZero();
    assertThat(run(env, launcher.toString(), "recommend", "--batch", "none.jsonl").code())
        .isEqualTo(2);
    archives = archives(cache);
    assertThat(archives).hasSize(2);
    Path whole = cache.resolve(archives.get(0)); // sorted: "….cds" before "….recommend.cds"
    Path own = cache.resolve(archives.get(1));
    assertThat(own.toString()).contains(".recommend.");
    assertThat(Files.size(own)).isLessThan(Files.size(whole) / 2);
    assertThat(run(env, launcher.toString(), "recommend", need).out())
        .isEqualTo(run(none, launcher.toString(), "recommend", need).out());
  }

  /**
   * A one-line answer links no lambda and runs no stream or regular expression: the first lambda
   * costs ~7 ms of java.lang.invoke set-up and each one after it ~0.5 ms of CPU, a VarHandle (an
   * atomic array) much the same (docs/performance.md). One slipping back in fails here, not only in
   * a benchmark.
   */
  @Test
  void aOneLineRecommendLinksNoLambdaStreamRegexOrVarHandle() throws Exception {
    Path log = tmp.resolve("classes.log");
    Map<String, String> env =
        Map.of("AIHIRE_CACHE_DIR", "off", "AIHIRE_JAVA_OPTS", "-Xlog:class+load:file=" + log);
    String need = "we need a support chatbot on our docs, not a researcher";
    for (List<String> format : List.of(List.<String>of(), List.of("--format", "json"))) {
      List<String> command = new ArrayList<>(List.of(launcher.toString()));
      command.addAll(format);
      command.addAll(List.of("recommend", need));
      Run answer = run(env, command);
      assertThat(answer.code()).isZero();
      assertThat(answer.out()).contains("ai-engineer");
      List<String> loaded = Files.readAllLines(log);
      assertThat(loaded).as("the log of loaded classes").hasSizeGreaterThan(300);
      assertThat(loaded)
          .as("classes a one-line answer %s should not need", format)
          .filteredOn(
              line ->
                  line.contains("$$Lambda$")
                      || line.contains("LambdaForm$MH/")
                      || line.contains(" java.util.stream.")
                      || line.contains(" java.util.regex.")
                      // JSON is written by Jackson's generator, whose symbol table holds an
                      // AtomicReference; text is ours alone.
                      || format.isEmpty() && line.contains(" java.lang.invoke.VarHandles "))
          .isEmpty();
    }
  }

  private List<String> archives(Path cache) throws IOException {
    return files(cache).stream().filter(f -> f.endsWith(".cds") || f.endsWith(".aot")).toList();
  }

  @Test
  void aTemporaryFileLeftByAKilledRunIsRemovedAndAFailedArchiveIsNotRetried() throws Exception {
    Path cache = Files.createDirectories(tmp.resolve("cache"));
    Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString("rwx------"));
    Files.write(cache.resolve("cds-999999999.tmp"), new byte[1000]); // its run was killed
    Map<String, String> env = Map.of("AIHIRE_CACHE_DIR", cache.toString());
    assertThat(run(env, launcher.toString(), "--version").code()).isZero();
    assertThat(files(cache)).noneMatch(f -> f.endsWith(".tmp"));
    // An archive that could not be made (as in a cache too small) is marked off, not retried.
    for (String f : files(cache)) {
      if (f.endsWith(".cds") || f.endsWith(".aot")) {
        Files.delete(cache.resolve(f));
        Files.delete(cache.resolve(f + ".sum"));
        Files.createFile(cache.resolve(f + ".off"));
      }
    }
    List<String> before = files(cache);
    assertThat(run(env, launcher.toString(), "--version").code()).isZero();
    assertThat(files(cache)).isEqualTo(before);
  }

  @Test
  void aCacheDirectoryOthersCanWriteIsNotUsedAndSaysSoOnce() throws Exception {
    Path shared = Files.createDirectories(tmp.resolve("shared"));
    Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));
    if ("root".equals(System.getProperty("user.name"))) {
      // As root, also another user's: the case of a directory planted in /tmp.
      Files.setOwner(
          shared,
          shared.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody"));
    }
    Path yaml =
        Files.copy(
            Path.of("src/test/resources/knowledge/valid/minimal.yaml"), tmp.resolve("k.yaml"));
    Run r =
        run(
            Map.of("AIHIRE_CACHE_DIR", shared.toString()),
            launcher.toString(),
            "--knowledge",
            yaml.toString(),
            "roles");
    assertThat(r.code()).isZero();
    assertThat(r.err().lines().toList()).hasSize(1);
    assertThat(r.err()).contains("not using the cache directory").contains("running without");
    assertThat(files(shared)).isEmpty();
  }

  @Test
  void theCLocaleKeepsNonAsciiPathsAndArguments() throws Exception {
    Path home = Files.createDirectories(tmp.resolve("hömé"));
    Path yaml =
        Files.copy(
            Path.of("src/test/resources/knowledge/valid/minimal.yaml"),
            home.resolve("knöwledge.yaml"));
    for (String locale : List.of("C", "POSIX")) {
      Run r =
          run(
              Map.of(
                  "LC_ALL",
                  locale,
                  "HOME",
                  home.toString(),
                  "AIHIRE_CACHE_DIR",
                  home.resolve("cäche").toString()),
              launcher.toString(),
              "--format",
              "json",
              "--knowledge",
              yaml.toString(),
              "recommend",
              "naïve café chatbot");
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(r.out()).contains("\"naïve café chatbot\"");
    }
  }

  @Test
  void aKnowledgeFileOverOneMebibyteIsAnsweredTheSameOnItsFirstAndLaterRuns() throws Exception {
    // Over 1 MiB, the launcher runs the JVM with the full JIT (docs/performance.md); the name has
    // a space and the option its NAME=VALUE form, which the launcher reads to decide.
    Path yaml = tmp.resolve("big knowledge.yaml");
    StringBuilder big = new StringBuilder(Files.readString(Path.of("roles.yaml")));
    while (big.length() < 1_200_000) {
      big.append("# padding: a comment line that a knowledge file may hold\n");
    }
    Files.writeString(yaml, big);
    Map<String, String> env = Map.of("AIHIRE_CACHE_DIR", tmp.resolve("cache").toString());
    List<String> command =
        List.of(launcher.toString(), "--knowledge=" + yaml, "recommend", "a support chatbot");

    Run first = run(env, command);
    Run later = run(env, command);

    assertThat(first.code()).as(first.err()).isZero();
    assertThat(first.out()).startsWith("Hire: AI Engineer (ai-engineer)");
    assertThat(later.code()).as(later.err()).isZero();
    assertThat(later.out()).isEqualTo(first.out());
    assertThat(first.err() + later.err()).isEmpty();

    // Which flags: throughput ones to compile the file, start-up ones once it has a compiled copy
    // (its source record is newer than it), throughput ones again after an edit.
    Map<String, String> flags = new HashMap<>(env);
    flags.put("AIHIRE_JAVA_OPTS", "-XX:+PrintCommandLineFlags");
    assertThat(run(flags, command).err()).contains("-XX:+UseSerialGC");
    Path cache = tmp.resolve("cache");
    List<String> records = files(cache).stream().filter(f -> f.startsWith("source-")).toList();
    assertThat(records).hasSize(1);
    FileTime recorded = Files.getLastModifiedTime(cache.resolve(records.get(0)));
    Files.setLastModifiedTime(yaml, FileTime.fromMillis(recorded.toMillis() + 1));
    Run edited = run(flags, command);
    assertThat(edited.err()).contains("-XX:+UseParallelGC", "-XX:FreqInlineSize=100");
    assertThat(edited.out()).isEqualTo(first.out());
    assertThat(run(flags, command).err()).contains("-XX:+UseSerialGC");
  }

  @Test
  void closedStreamsAndMissingJavaAreOneClearLine() throws Exception {
    Run closedOut =
        run(
            Map.of("AIHIRE_CACHE_DIR", "off"),
            "/bin/sh",
            "-c",
            "exec \"$0\" roles >&-",
            launcher.toString());
    assertThat(closedOut.code()).isEqualTo(74);
    assertThat(closedOut.err())
        .isEqualTo("aihire: cannot write the output: standard output is closed\n");
    Run closedIn =
        run(
            Map.of("AIHIRE_CACHE_DIR", "off"),
            "/bin/sh",
            "-c",
            "exec \"$0\" recommend - <&-",
            launcher.toString());
    assertThat(closedIn.code()).isEqualTo(2);
    assertThat(closedIn.out()).isEmpty();
    Run noJava =
        run(
            Map.of("PATH", "/nonexistent", "JAVA_HOME", ""),
            "/bin/sh",
            launcher.toString(),
            "roles");
    assertThat(noJava.code()).isEqualTo(127);
    assertThat(noJava.err()).startsWith("aihire: no java found").hasLineCount(1);
    Run badHome =
        run(Map.of("JAVA_HOME", tmp.resolve("nojdk").toString()), launcher.toString(), "roles");
    assertThat(badHome.code()).isEqualTo(127);
    assertThat(badHome.err()).contains("JAVA_HOME").contains("no bin/java").hasLineCount(1);
  }

  @Test
  void fiveRunsAfterASourceChangeBuildOnceAndAllSucceed() throws Exception {
    // Sources newer than the jar, and a stand-in for mvn that takes a while to "build".
    Path prepared = Files.copy(app.resolve("target/aihire.jar"), tmp.resolve("built.jar"));
    Files.createDirectories(app.resolve("src/main"));
    Files.writeString(app.resolve("pom.xml"), "<project/>\n");
    Files.setLastModifiedTime(
        app.resolve("target/aihire.jar"), FileTime.fromMillis(System.currentTimeMillis() - 60_000));
    Path bin = Files.createDirectories(tmp.resolve("bin"));
    Path count = tmp.resolve("builds");
    Files.writeString(
        bin.resolve("mvn"),
        "#!/bin/sh\necho build >> '"
            + count
            + "'\n"
            + "rm -f target/aihire.jar\nsleep 2\n"
            + "cp '"
            + prepared
            + "' target/aihire.jar.new && mv target/aihire.jar.new"
            + " target/aihire.jar\n",
        StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(bin.resolve("mvn"), PosixFilePermissions.fromString("rwxr-xr-x"));
    String path = bin + ":" + System.getenv("PATH");
    List<Process> runs = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ProcessBuilder pb =
          new ProcessBuilder(launcher.toString(), "--version")
              .redirectOutput(tmp.resolve("out" + i).toFile())
              .redirectError(tmp.resolve("err" + i).toFile());
      pb.environment().putAll(Map.of("PATH", path, "AIHIRE_CACHE_DIR", "off"));
      runs.add(pb.start());
    }
    for (int i = 0; i < runs.size(); i++) {
      assertThat(runs.get(i).waitFor(240, TimeUnit.SECONDS)).isTrue();
      assertThat(runs.get(i).exitValue()).as(Files.readString(tmp.resolve("err" + i))).isZero();
      assertThat(Files.readString(tmp.resolve("out" + i))).startsWith("aihire ");
    }
    assertThat(Files.readAllLines(count)).hasSize(1);
    assertThat(files(app.resolve("target"))).doesNotContain(".build-lock");
  }
}
