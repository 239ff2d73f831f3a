package dev.aihire;

import dev.aihire.cli.Cli;
import dev.aihire.cli.ClosedStdin;
import dev.aihire.cli.Io;
import dev.aihire.cli.WriteTrap;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/** Entry point: wires the real streams, runs a command, exits with its code. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    Io io = standardIo();
    int code = run(io, args);
    io.out().flush();
    io.err().flush();
    System.exit(code);
  }

  /**
   * The process's own streams and environment. Also run once by {@link CdsTraining} (whose output
   * the launcher throws away), so that the classes made here are in the class-data archive: one
   * loaded from the jar instead would open the jar on the main thread of every start.
   */
  static Io standardIo() {
    WriteTrap stdout =
        new WriteTrap(
            new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8));
    PrintWriter out = new PrintWriter(stdout, false);
    PrintWriter err =
        new PrintWriter(
            new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8),
            true);
    InputStream in =
        ClosedStdin.given(System.getProperty("java.home"), System.getProperty("java.class.path"))
            ? System.in
            : new ClosedStdin();
    // Ctrl-C or a kill mid-answer: what was written reaches the reader, in whole lines (the
    // batch writes a line and its newline in one call under the writer's lock).
    // Anonymous classes, not lambdas: a run's first lambda sets up the JVM's lambda machinery
    // (several milliseconds), which should not sit here, before the knowledge is being read.
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                new Runnable() {
                  @Override
                  public void run() {
                    out.flush();
                  }
                },
                "aihire-flush"));
    Supplier<IOException> failure =
        new Supplier<>() {
          @Override
          public IOException get() {
            return stdout.failure();
          }
        };
    return new Io(out, err, in, System.getenv(), isTerminal(0), isTerminal(1), failure);
  }

  /** Runs one command line against the given streams; never throws. */
  public static int run(Io io, String... args) {
    return Cli.run(io, args);
  }

  /** On Linux, whether fd 0 or 1 is a terminal; JDK 17's System.console() cannot tell. */
  private static boolean isTerminal(int fd) {
    try {
      Path target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd));
      String t = target.toString();
      return t.startsWith("/dev/pts/") || t.startsWith("/dev/tty");
    } catch (Exception e) {
      return System.console() != null;
    }
  }
}
