package dev.aihire.cli;

import dev.aihire.compiled.CacheDir;
import dev.aihire.compiled.KnowledgeCache;
import dev.aihire.compiled.KnowledgeStore;
import dev.aihire.compiled.StoredKnowledge;
import dev.aihire.knowledge.KnowledgeException;
import dev.aihire.knowledge.Problem;
import dev.aihire.model.Knowledge;
import dev.aihire.render.Text;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Where the knowledge comes from: --knowledge, else AIHIRE_KNOWLEDGE, else the bundled file; loaded
 * on first use and once, so a command that needs none (help, completion) reads none.
 */
final class KnowledgeSource {
  private final Io io;
  private final Path option;
  private final BundledPrefetch prefetch;
  private StoredKnowledge stored;
  private KnowledgeStore store;

  KnowledgeSource(Io io, Path option) {
    this(io, option, null);
  }

  KnowledgeSource(Io io, Path option, BundledPrefetch prefetch) {
    this.io = io;
    this.option = option;
    this.prefetch = prefetch;
  }

  Knowledge get() {
    return stored().knowledge();
  }

  /** The knowledge with the recommender's index for it, from the store. Loaded once. */
  StoredKnowledge stored() {
    if (stored == null && prefetch != null && path() == null) {
      stored = prefetch.get(); // null if it failed: then read below, and its error reported
    }
    if (stored == null) {
      try {
        stored = StdinInput.isStdin(path()) ? StdinInput.knowledge(io) : openStore().load(path());
      } catch (KnowledgeException e) {
        AppException error = error(e);
        if (option == null && !Files.exists(path())) {
          // A variable set long ago is easy to forget: say where the path came from.
          List<String> lines = new ArrayList<>(error.lines());
          lines.add(1, "(the path is AIHIRE_KNOWLEDGE's; unset it for the bundled knowledge)");
          error = new AppException(ExitCode.BAD_KNOWLEDGE, lines);
        }
        throw error;
      }
    }
    return stored;
  }

  /**
   * A store that writes a freshly compiled file's copy behind the answer: the answer is printed a
   * second or so sooner on a large file's first run, and {@link #settle} waits for the copy.
   */
  private KnowledgeStore openStore() {
    store = new KnowledgeStore(cache(), true);
    return store;
  }

  /** Waits for a compiled copy still being written; call after the answer has been flushed. */
  void settle() {
    if (store != null) {
      store.settle();
    }
  }

  /** The file named by --knowledge or AIHIRE_KNOWLEDGE; null for the bundled one. */
  Path path() {
    if (option != null) {
      if (option.toString().isEmpty()) {
        // Path.of("") is the working directory, which would be reported as "a directory".
        throw AppException.usage("--knowledge is empty; give the path of a .yaml file");
      }
      return option;
    }
    String env = io.env("AIHIRE_KNOWLEDGE");
    return env == null || env.isBlank() ? null : Path.of(env);
  }

  /** Where compiled copies of the user's knowledge files are kept (see CacheDir); or none. */
  KnowledgeCache cache() {
    // Classes, not lambdas: a later answer from a user's file passes here, and linking a lambda
    // costs start-up time (docs/performance.md).
    Path dir =
        CacheDir.locate(
            new Function<String, String>() {
              @Override
              public String apply(String name) {
                return io.env(name);
              }
            });
    return dir == null
        ? null
        : new KnowledgeCache(
            dir,
            new Consumer<String>() {
              @Override
              public void accept(String message) {
                io.err().println("aihire: " + Text.safe(message));
              }
            });
  }

  /** Every problem of an invalid file, FILE:LINE:COL first, and what to do about them. */
  static AppException error(KnowledgeException e) {
    List<String> lines = new ArrayList<>();
    for (Problem p : e.problems()) {
      lines.add(p.toString());
    }
    lines.add(
        e.problems().size()
            + (e.problems().size() == 1 ? " problem" : " problems")
            + " in the knowledge file; fix them and check with 'aihire validate FILE'");
    return new AppException(ExitCode.BAD_KNOWLEDGE, lines);
  }
}
