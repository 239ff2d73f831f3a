package dev.aihire.cli;

import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Answers a batch's lines on worker threads, a few lines ahead, and hands them back in input order.
 * For a batch read from a file: every core answers, and the output is the same, line for line, as
 * one thread's. (From stdin a batch stays one line at a time: a program that writes a need and
 * waits for its answer must get it before the next need is read.)
 *
 * @param <T> an answer
 */
final class AnswersAhead<T> implements AutoCloseable {
  /** Answers in flight at most: enough to keep the workers busy, few enough to hold in memory. */
  static final int WINDOW = 64;

  /** What is done with each answer, in input order. */
  interface Sink<T> {
    void accept(T answer) throws java.io.IOException;
  }

  private final ExecutorService workers;
  private final ArrayDeque<Future<T>> pending = new ArrayDeque<>();
  private final Sink<T> sink;

  AnswersAhead(int threads, Sink<T> sink) {
    this.sink = sink;
    this.workers =
        Executors.newFixedThreadPool(
            threads,
            task -> {
              Thread t = new Thread(task, "aihire-batch");
              t.setDaemon(true); // an interrupted batch (an error, Ctrl-C) does not wait for them
              return t;
            });
  }

  /** Worker threads for this machine: one a core, at most four; 1 means answer in line. */
  static int threads() {
    return Math.min(4, Runtime.getRuntime().availableProcessors());
  }

  /** Queues the answer of the next line; hands over every answer already done, in order. */
  void submit(Supplier<T> answer) throws java.io.IOException {
    pending.add(workers.submit(answer::get));
    while (!pending.isEmpty() && (pending.size() >= WINDOW || pending.peek().isDone())) {
      sink.accept(take());
    }
  }

  /** Hands over the answers still in flight, in order. */
  void finish() throws java.io.IOException {
    while (!pending.isEmpty()) {
      sink.accept(take());
    }
  }

  private T take() {
    Future<T> next = pending.poll();
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return next.get();
        } catch (InterruptedException e) {
          interrupted = true; // the answer is still owed: wait on, and keep the interrupt
        }
      }
    } catch (ExecutionException e) {
      // A failure of the answering code is the batch's, as if it had run on this thread.
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public void close() {
    workers.shutdownNow();
  }
}
