package dev.aihire;

import dev.aihire.cli.Io;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.ToIntFunction;

/** Runs aihire end to end through picocli with captured streams, as a shell would. */
public final class CliRun {
  /** What one run left behind. */
  public record Result(int exitCode, String out, String err) {}

  private final Map<String, String> env = new HashMap<>();
  private byte[] stdin = new byte[0];
  private boolean terminal;

  public static CliRun cli() {
    return new CliRun();
  }

  public CliRun stdin(String text) {
    this.stdin = text.getBytes(StandardCharsets.UTF_8);
    return this;
  }

  public CliRun stdin(byte[] bytes) {
    this.stdin = bytes;
    return this;
  }

  public CliRun env(String name, String value) {
    env.put(name, value);
    return this;
  }

  /** Pretend stdin and stdout are a terminal (for colour and prompt decisions). */
  public CliRun terminal() {
    this.terminal = true;
    return this;
  }

  public Result run(String... args) {
    return runWith(io -> Main.run(io, args));
  }

  /** Runs {@code command} against these streams instead of Main.run (a package's own entry). */
  public Result runWith(ToIntFunction<Io> command) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Io io =
        new Io(
            new PrintWriter(out),
            new PrintWriter(err),
            new ByteArrayInputStream(stdin),
            env,
            terminal,
            terminal);
    int code = command.applyAsInt(io);
    return new Result(code, out.toString(), err.toString());
  }
}
