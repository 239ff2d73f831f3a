package dev.aihire.engine.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Work on a thread of its own is waited for, and its failure is not lost. */
class WorkerTest {
  /** Work that takes a fifth of a second, then says it is done. */
  private static Worker slow(CountDownLatch started, AtomicBoolean done) {
    return Worker.start(
        "test-worker",
        false,
        () -> {
          started.countDown();
          try {
            Thread.sleep(200);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          done.set(true);
        });
  }

  @Test
  void awaitReturnsOnlyOnceTheWorkHasEnded() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    AtomicBoolean done = new AtomicBoolean();
    Worker work = slow(started, done);
    started.await();

    work.await();

    assertThat(done).isTrue();
  }

  @Test
  void whatTheWorkThrewIsThrownToTheThreadThatWaits() {
    Worker work =
        Worker.start(
            "test-worker",
            false,
            () -> {
              throw new IllegalStateException("a part that cannot be built");
            });

    assertThatThrownBy(work::await)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("a part that cannot be built");
  }

  @Test
  void anInterruptedWaiterStillWaitsAndKeepsItsInterrupt() {
    AtomicBoolean done = new AtomicBoolean();
    Worker work = slow(new CountDownLatch(1), done);
    Thread.currentThread().interrupt();

    work.await();

    assertThat(Thread.interrupted()).isTrue(); // also clears it for the next test
    assertThat(done).isTrue();
  }
}
