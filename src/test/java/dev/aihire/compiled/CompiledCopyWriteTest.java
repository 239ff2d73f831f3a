package dev.aihire.compiled;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** A compiled copy written behind the answer is waited for, and its failure is not lost. */
class CompiledCopyWriteTest {
  @Test
  void awaitReturnsOnlyOnceTheWriteHasEnded() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    AtomicBoolean done = new AtomicBoolean();
    CompiledCopyWrite write =
        CompiledCopyWrite.start(
            () -> {
              started.countDown();
              try {
                Thread.sleep(200);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              done.set(true);
            });
    started.await();

    write.await();

    assertThat(done).isTrue();
  }

  @Test
  void whatTheEncodingThrewIsThrownToTheThreadThatWaits() {
    CompiledCopyWrite write =
        CompiledCopyWrite.start(
            () -> {
              throw new IllegalStateException("a section that cannot be encoded");
            });

    assertThatThrownBy(write::await)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("a section that cannot be encoded");
  }

  @Test
  void anInterruptedWaiterStillWaitsAndKeepsItsInterrupt() {
    AtomicBoolean done = new AtomicBoolean();
    CompiledCopyWrite write =
        CompiledCopyWrite.start(
            () -> {
              try {
                Thread.sleep(200);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              done.set(true);
            });
    Thread.currentThread().interrupt();

    write.await();

    assertThat(Thread.interrupted()).isTrue(); // also clears it for the next test
    assertThat(done).isTrue();
  }
}
