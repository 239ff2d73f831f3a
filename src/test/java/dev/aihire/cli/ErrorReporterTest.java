package dev.aihire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The one line a failure becomes, and its exit code. */
class ErrorReporterTest {
  private final StringWriter err = new StringWriter();

  private int report(Throwable e, boolean debug) {
    return new ErrorReporter(new PrintWriter(err, true), debug).report(e);
  }

  @Test
  void runningOutOfMemoryOnAnyThreadSaysHowToRaiseTheLimitNotThatItIsABug() {
    int code = report(new IllegalStateException(new OutOfMemoryError("Java heap space")), false);
    assertThat(code).isEqualTo(ExitCode.INTERNAL);
    assertThat(err.toString())
        .startsWith("aihire: out of memory (Java's heap is full, at most ")
        .endsWith(" MiB); give it more with AIHIRE_JAVA_OPTS=-Xmx2g\n")
        .doesNotContain("internal error")
        .doesNotContain("at dev.aihire");
  }

  @Test
  void aBugIsOneLineAndItsTraceOnlyWithDebug() {
    assertThat(report(new NullPointerException("text is null"), false))
        .isEqualTo(ExitCode.INTERNAL);
    assertThat(err.toString())
        .isEqualTo(
            "aihire: internal error: java.lang.NullPointerException: text is null (run with"
                + " --debug for details)\n");
    StringWriter traced = new StringWriter();
    new ErrorReporter(new PrintWriter(traced, true), true).report(new NullPointerException("x"));
    assertThat(traced.toString()).contains("\tat dev.aihire.cli.ErrorReporterTest");
  }
}
