package dev.aihire.compiled;

/**
 * A compiled copy being encoded and written on a thread of its own, so that a first run on a large
 * file prints its answer before the second or so this takes (docs/performance.md). The thread is
 * not a daemon: the process waits for it ({@link #await}) before it exits, so the copy is never
 * left half made.
 */
final class CompiledCopyWrite {
  private final Thread thread;
  private volatile Throwable failure;

  private CompiledCopyWrite(Runnable write) {
    this.thread =
        new Thread(
            () -> {
              try {
                write.run();
              } catch (RuntimeException | Error e) {
                failure = e; // handed to the thread that waits, where it is reported
              }
            },
            "aihire-compiled-copy");
  }

  static CompiledCopyWrite start(Runnable write) {
    CompiledCopyWrite w = new CompiledCopyWrite(write);
    w.thread.start();
    return w;
  }

  /** Waits for the write to end (even when interrupted); rethrows what the encoding threw. */
  void await() {
    boolean interrupted = false;
    while (true) {
      try {
        thread.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    Throwable t = failure;
    if (t instanceof RuntimeException r) {
      throw r;
    }
    if (t instanceof Error e) {
      throw e;
    }
  }
}
