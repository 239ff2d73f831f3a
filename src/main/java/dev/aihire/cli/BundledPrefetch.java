package dev.aihire.cli;

import dev.aihire.compiled.KnowledgeStore;
import dev.aihire.compiled.StoredKnowledge;
import dev.aihire.semantic.Embedder;
import java.util.List;

/**
 * Reads the bundled knowledge on a second thread while the main one builds the command model and
 * parses the command line. Both are a JVM's first run of their code (class loading, the
 * interpreter), a third of a one-line answer each, and a machine has a second core: started
 * together, a command waits for the longer of the two instead of their sum.
 *
 * <p>Only when the arguments make plain that the bundled knowledge is the one to use: a named
 * command that reads knowledge, and no --knowledge or AIHIRE_KNOWLEDGE. Anything that goes wrong
 * here is forgotten: the command then loads the knowledge itself and reports what it finds.
 */
final class BundledPrefetch implements Runnable {
  /** Commands that read no knowledge, or a file of their own choosing (validate FILE). */
  private static final List<String> NO_KNOWLEDGE = List.of("help", "completion", "validate");

  /** Commands whose first work is a recommendation: the index and the embedding table too. */
  private static final List<String> RECOMMENDING = List.of("recommend", "check", "interview");

  private final boolean recommending;
  private final Thread thread;
  private StoredKnowledge stored;

  private BundledPrefetch(boolean recommending) {
    this.recommending = recommending;
    this.thread = new Thread(this, "aihire-prefetch");
    thread.setDaemon(true); // a command that ends first (an error, help) does not wait for it
  }

  /** Started for these arguments when they will read the bundled knowledge; else null. */
  static BundledPrefetch startFor(Io io, String... args) {
    for (String arg : args) {
      if (arg.equals("--knowledge") || arg.startsWith("--knowledge=")) {
        return null;
      }
    }
    List<CommandTable.Entry> commands = CommandTable.neededBy(args);
    return commands.size() == 1 ? startForCommand(io, commands.get(0).name()) : null;
  }

  /**
   * Started for this command, named on a command line without --knowledge, when it reads the
   * bundled knowledge; else null.
   */
  static BundledPrefetch startForCommand(Io io, String command) {
    String knowledgeEnv = io.env("AIHIRE_KNOWLEDGE");
    if (knowledgeEnv != null && !knowledgeEnv.isBlank() || NO_KNOWLEDGE.contains(command)) {
      return null;
    }
    BundledPrefetch prefetch = new BundledPrefetch(RECOMMENDING.contains(command));
    prefetch.thread.start();
    return prefetch;
  }

  @Override
  public void run() {
    try {
      StoredKnowledge loaded = KnowledgeStore.bundled();
      if (recommending) {
        loaded.index();
        Embedder.bundled();
      }
      stored = loaded;
    } catch (Exception | Error e) {
      // forgotten: the command loads the knowledge itself and reports what it finds
    }
  }

  /** The bundled knowledge once read, or null if reading it failed here. */
  StoredKnowledge get() {
    boolean interrupted = false;
    while (true) {
      try {
        thread.join(); // also makes the thread's writes visible here
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    return stored;
  }
}
