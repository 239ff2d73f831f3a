package dev.aihire.engine.recommend;

/**
 * Work run on a thread of its own while the caller does something else. {@link #await} waits for it
 * to end (join makes its writes visible to the caller) and rethrows what it threw, so a failure
 * there fails the caller as it would have in line.
 */
public final class Worker {
  private final Thread thread;
  private volatile Throwable failure;

  private Worker(String name, boolean daemon, Runnable work) {
    this.thread =
        new Thread(
            () -> {
              try {
                work.run();
              } catch (RuntimeException | Error e) {
                failure = e;
              }
            },
            name);
    thread.setDaemon(daemon);
  }

  /**
   * Starts {@code work}; a {@code daemon} worker does not keep the JVM alive (work a failed check
   * made pointless is then simply dropped at exit).
   */
  public static Worker start(String name, boolean daemon, Runnable work) {
    Worker worker = new Worker(name, daemon, work);
    worker.thread.start();
    return worker;
  }

  /** Waits for the work to end; an interrupt meanwhile is kept for the caller, not lost. */
  public void await() {
    boolean interrupted = false;
    while (true) {
      try {
        thread.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true; // what it makes is still needed: wait on
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    if (failure instanceof RuntimeException e) {
      throw e;
    }
    if (failure instanceof Error e) {
      throw e;
    }
  }
}
