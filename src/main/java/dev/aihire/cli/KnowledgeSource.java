package dev.aihire.cli;

import dev.aihire.compiled.KnowledgeCache;
import dev.aihire.compiled.KnowledgeStore;
import dev.aihire.compiled.StoredKnowledge;
import dev.aihire.knowledge.KnowledgeException;
import dev.aihire.knowledge.Problem;
import dev.aihire.model.Knowledge;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the knowledge comes from: --knowledge, else AIHIRE_KNOWLEDGE, else the bundled file;
 * loaded on first use and once, so a command that needs none (help, completion) reads none.
 */
final class KnowledgeSource {
  private final Io io;
  private final Path option;
  private StoredKnowledge stored;

  KnowledgeSource(Io io, Path option) {
    this.io = io;
    this.option = option;
  }

  Knowledge get() {
    return stored().knowledge();
  }

  /** The knowledge with the recommender's index for it, from the store. Loaded once. */
  StoredKnowledge stored() {
    if (stored == null) {
      try {
        stored = new KnowledgeStore(cache()).load(path());
      } catch (KnowledgeException e) {
        throw error(e);
      }
    }
    return stored;
  }

  /** The file named by --knowledge or AIHIRE_KNOWLEDGE; null for the bundled one. */
  Path path() {
    if (option != null) {
      return option;
    }
    String env = io.env("AIHIRE_KNOWLEDGE");
    return env == null || env.isBlank() ? null : Path.of(env);
  }

  /**
   * Where compiled copies of the user's knowledge files are kept: AIHIRE_CACHE_DIR, else
   * $XDG_CACHE_HOME/aihire, else ~/.cache/aihire; none when AIHIRE_CACHE_DIR is "off" or no
   * home is known. The launcher keeps its class-data archive there too.
   */
  KnowledgeCache cache() {
    String dir = io.env("AIHIRE_CACHE_DIR");
    if (dir != null && !dir.isBlank()) {
      return dir.equals("off") ? null : new KnowledgeCache(Path.of(dir));
    }
    String xdg = io.env("XDG_CACHE_HOME");
    if (xdg != null && xdg.startsWith("/")) {
      return new KnowledgeCache(Path.of(xdg, "aihire"));
    }
    String home = io.env("HOME");
    return home == null || home.isBlank() ? null
        : new KnowledgeCache(Path.of(home, ".cache", "aihire"));
  }

  /** Every problem of an invalid file, FILE:LINE:COL first, and what to do about them. */
  static AppException error(KnowledgeException e) {
    List<String> lines = new ArrayList<>();
    for (Problem p : e.problems()) {
      lines.add(p.toString());
    }
    lines.add(e.problems().size() + (e.problems().size() == 1 ? " problem" : " problems")
        + " in the knowledge file; fix them and check with 'aihire validate FILE'");
    return new AppException(ExitCode.BAD_KNOWLEDGE, lines);
  }
}
