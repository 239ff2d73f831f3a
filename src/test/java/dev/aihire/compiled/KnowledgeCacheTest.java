package dev.aihire.compiled;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.aihire.model.Knowledge;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cache is trusted only when it is the user's own and its entries prove themselves. */
class KnowledgeCacheTest {
  private static final Path MINIMAL = KnowledgeCodecTest.MINIMAL;

  private static List<Path> entries(Path dir, String prefix) throws Exception {
    try (var s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList();
    }
  }

  @Test
  void aNewCacheDirectoryIsPrivate(@TempDir Path dir) throws Exception {
    Path cache = dir.resolve("a/b/cache");
    Path file = dir.resolve("k.yaml");
    Files.copy(MINIMAL, file);
    new KnowledgeStore(new KnowledgeCache(cache)).file(file, false);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cache)))
        .isEqualTo("rwx------");
    assertThat(entries(cache, "knowledge-")).hasSize(1);
    assertThat(entries(cache, "source-")).hasSize(1);
  }

  /**
   * Pipes where the source record and the compiled copy were: a run that opened them would wait for
   * a writer forever. Each is passed over as damaged, the file compiled again.
   */
  @Test
  void pipesInPlaceOfTheCacheFilesAreNotOpened(@TempDir Path dir) throws Exception {
    Path file = Files.copy(MINIMAL, dir.resolve("k.yaml"));
    Path cache = dir.resolve("cache");
    KnowledgeStore first = new KnowledgeStore(new KnowledgeCache(cache), true);
    Knowledge answer = first.file(file, false).knowledge();
    first.settle();
    for (Path p : List.of(entries(cache, "knowledge-").get(0), entries(cache, "source-").get(0))) {
      Files.delete(p);
      Process mkfifo = new ProcessBuilder("mkfifo", p.toString()).start();
      assertThat(mkfifo.waitFor()).isZero();
    }
    // A daemon: should a pipe be opened after all, the test fails without hanging the fork.
    var again =
        java.util.concurrent.Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r);
              t.setDaemon(true);
              return t;
            });
    try {
      var future =
          again.submit(
              () -> {
                KnowledgeStore next = new KnowledgeStore(new KnowledgeCache(cache), true);
                Knowledge k = next.file(file, false).knowledge();
                next.settle();
                return k;
              });
      assertThat(future.get(60, java.util.concurrent.TimeUnit.SECONDS).roles())
          .isEqualTo(answer.roles());
    } finally {
      again.shutdownNow();
    }
    assertThat(Files.isRegularFile(entries(cache, "source-").get(0))).isTrue();
  }

  @Test
  void aCopyWrittenBehindTheAnswerIsOnDiskOnceTheStoreSettles(@TempDir Path dir) throws Exception {
    Path cache = dir.resolve("cache");
    Path file = dir.resolve("k.yaml");
    Files.copy(MINIMAL, file);
    KnowledgeStore store = new KnowledgeStore(new KnowledgeCache(cache), true);

    StoredKnowledge stored = store.file(file, false);
    assertThat(stored.index().patternCount()).isPositive();
    store.settle();

    assertThat(entries(cache, "knowledge-")).hasSize(1);
    assertThat(entries(cache, "source-")).hasSize(1);
    Path copy = entries(cache, "knowledge-").get(0);
    FileTime written = Files.getLastModifiedTime(copy);
    // The next run answers from that copy: nothing is written again.
    KnowledgeStore next = new KnowledgeStore(new KnowledgeCache(cache), true);
    assertThat(next.file(file, false).knowledge().roles()).isEqualTo(stored.knowledge().roles());
    next.settle();
    assertThat(entries(cache, "knowledge-")).containsExactly(copy);
    assertThat(Files.getLastModifiedTime(copy)).isEqualTo(written);
  }

  @Test
  void writingACompiledCopySweepsTemporariesThatKilledRunsLeftAnHourAgo(@TempDir Path dir)
      throws Exception {
    Path cache = dir.resolve("cache");
    Path file = dir.resolve("k.yaml");
    Files.copy(MINIMAL, file);
    KnowledgeCache kc = new KnowledgeCache(cache);
    assertThat(kc.usable()).isTrue(); // makes the directory
    Path abandoned = Files.write(cache.resolve("knowledge-123.tmp"), new byte[1000]);
    Files.setLastModifiedTime(
        abandoned, FileTime.fromMillis(System.currentTimeMillis() - 2 * 3600_000));
    Path beingWritten = Files.write(cache.resolve("knowledge-456.tmp"), new byte[1000]);
    Path record = Files.write(cache.resolve("source-old.rec"), new byte[10]);
    Files.setLastModifiedTime(
        record, FileTime.fromMillis(System.currentTimeMillis() - 2 * 3600_000));

    KnowledgeStore store = new KnowledgeStore(kc, true);
    store.file(file, false);
    store.settle();

    assertThat(abandoned).doesNotExist();
    assertThat(beingWritten).exists(); // another run's, still fresh
    assertThat(record).exists(); // not a temporary
    assertThat(entries(cache, "knowledge-")).hasSize(2); // the new copy and the fresh .tmp
  }

  @Test
  void anEditedFileLeavesOnlyItsNewCompiledCopyBehind(@TempDir Path dir) throws Exception {
    Path cache = dir.resolve("cache");
    Path file = dir.resolve("k.yaml");
    Files.copy(MINIMAL, file);
    KnowledgeStore store = new KnowledgeStore(new KnowledgeCache(cache));
    store.file(file, false);
    List<Path> before = entries(cache, "knowledge-");

    Files.writeString(file, Files.readString(file) + "# an edit\n");
    Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 5000));
    store.file(file, false);
    List<Path> after = entries(cache, "knowledge-");

    assertThat(before).hasSize(1);
    assertThat(after).hasSize(1).doesNotContainAnyElementsOf(before);
    assertThat(store.file(file, false).knowledge().roles()).isNotEmpty();
  }

  @Test
  void aDirectoryOthersCanWriteIsNotUsedAndSaysSoOnce(@TempDir Path dir) throws Exception {
    Path cache = Files.createDirectory(dir.resolve("shared"));
    Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString("rwxrwxrwx"));
    Path file = dir.resolve("k.yaml");
    Files.copy(MINIMAL, file);
    List<String> warnings = new ArrayList<>();
    KnowledgeStore store = new KnowledgeStore(new KnowledgeCache(cache, warnings::add));
    Knowledge k = store.file(file, false).knowledge();
    store.file(file, false);
    assertThat(k.roles()).isNotEmpty();
    assertThat(warnings).hasSize(1);
    assertThat(warnings.get(0))
        .contains("other users can write to it")
        .contains("running without a cache");
    assertThat(entries(cache, "")).isEmpty();
  }

  @Test
  void aCopyPlantedUnderAnotherFilesNameNeverAnswersForIt(@TempDir Path dir) throws Exception {
    Path cache = dir.resolve("cache");
    KnowledgeStore store = new KnowledgeStore(new KnowledgeCache(cache));
    Path shipped = dir.resolve("shipped.yaml");
    Files.copy(Path.of("roles.yaml"), shipped);
    store.file(shipped, false);
    Path planted = entries(cache, "knowledge-").get(0);
    Path mine = dir.resolve("mine.yaml");
    Files.copy(MINIMAL, mine);
    Knowledge expected = new KnowledgeStore(null).file(mine, false).knowledge();
    // The shipped file's compiled copy, put where the minimal file's copy would be.
    String key = KnowledgeCache.key(Files.readAllBytes(mine));
    Files.copy(planted, cache.resolve("knowledge-" + key + ".bin"));
    assertThat(store.file(mine, false).knowledge().roles()).isEqualTo(expected.roles());
  }

  @Test
  void anUnchangedFileIsNotReadAgainAndAnyChangeIsSeen(@TempDir Path dir) throws Exception {
    Path cache = dir.resolve("cache");
    KnowledgeStore store = new KnowledgeStore(new KnowledgeCache(cache));
    Path file = dir.resolve("k.yaml");
    Files.copy(MINIMAL, file);
    store.file(file, false);
    // Unreadable now: an answer can only come from the record and the compiled copy.
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    if (!Files.isReadable(file)) {
      assertThat(store.file(file, false).knowledge().roles()).isNotEmpty();
    }
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    // Same size, same modification time, other content: the change time gives it away.
    String text = Files.readString(file);
    FileTime mtime = Files.getLastModifiedTime(file);
    String changed = text.replaceFirst("name: (\\S)", "name: Q");
    assertThat(changed).hasSameSizeAs(text).isNotEqualTo(text);
    Files.writeString(file, changed);
    Files.setLastModifiedTime(file, mtime);
    assertThat(store.file(file, false).knowledge().roles().get(0).name()).startsWith("Q");
  }

  @Test
  void aDamagedRecordIsIgnored(@TempDir Path dir) throws Exception {
    Path cache = dir.resolve("cache");
    KnowledgeStore store = new KnowledgeStore(new KnowledgeCache(cache));
    Path file = dir.resolve("k.yaml");
    Files.copy(MINIMAL, file);
    Knowledge first = store.file(file, false).knowledge();
    Path record = entries(cache, "source-").get(0);
    String text = Files.readString(record);
    // Point the record at another key: without a matching checksum it is not believed.
    Files.writeString(record, text.replaceFirst("sha256-[0-9a-f]{4}", "sha256-0000"));
    assertThat(store.file(file, false).knowledge().roles()).isEqualTo(first.roles());
    assertThat(CacheDir.locate(Map.of("AIHIRE_CACHE_DIR", " ", "HOME", "/h")::get))
        .isEqualTo(Path.of("/h/.cache/aihire"));
    assertThat(CacheDir.locate(Map.of("AIHIRE_CACHE_DIR", "off")::get)).isNull();
  }

  /**
   * A compiled copy whose body passed its checksum (or was just written) is not checksummed again
   * while the file system reports it in that same state; any write to it changes that state.
   */
  @Test
  void aCompiledCopyIsChecksummedAgainOnlyAfterItChanged(@TempDir Path dir) throws Exception {
    Path cache = dir.resolve("cache");
    KnowledgeCache kc = new KnowledgeCache(cache);
    KnowledgeStore store = new KnowledgeStore(kc);
    Path file = dir.resolve("k.yaml");
    Files.copy(MINIMAL, file);
    Knowledge first = store.file(file, false).knowledge();
    Path copy = entries(cache, "knowledge-").get(0);
    String key = copy.getFileName().toString().replaceAll("^knowledge-|\\.bin$", "");
    String written = kc.stat(key);
    assertThat(written).isNotNull();
    assertThat(Files.readString(entries(cache, "source-").get(0))).contains("\n" + written + "\n");

    // One byte of the last role's text damaged in place: the body no longer matches its sum.
    byte[] bytes = Files.readAllBytes(copy);
    byte[] role = first.roles().get(first.roles().size() - 1).summary().getBytes(UTF_8);
    int at = indexOf(bytes, role);
    assertThat(at).isPositive();
    bytes[at] ^= 0x01;
    copy.toFile().setWritable(true);
    Files.write(copy, bytes);
    String damaged = kc.stat(key);
    assertThat(damaged).isNotEqualTo(written);
    // Claimed checked in the state it is in now, the sum is not computed: the damage is read.
    assertThat(kc.get(key, damaged)).isNotNull();
    // In any other state it is, and the copy is refused.
    assertThat(kc.get(key, written)).isNull();
    assertThat(kc.get(key)).isNull();

    // Through the store: the record's state no longer matches, the sum fails, the YAML is read
    // and compiled again, and the record holds the new copy's state.
    assertThat(store.file(file, false).knowledge().roles()).isEqualTo(first.roles());
    assertThat(Files.readString(entries(cache, "source-").get(0))).contains(kc.stat(key));
    assertThat(kc.get(key)).isNotNull();
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
