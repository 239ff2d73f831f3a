package dev.aihire.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Everything a command may touch outside itself. Nothing below {@code Main} uses System.out,
 * System.in or System.getenv, so every command runs the same in a test as in a shell. {@code
 * outFailure} tells why writing to {@code out} failed, when the writer under it knows (see {@link
 * WriteTrap}); null when it does not.
 */
public record Io(
    PrintWriter out,
    PrintWriter err,
    InputStream in,
    Map<String, String> env,
    boolean stdinIsTerminal,
    boolean stdoutIsTerminal,
    Supplier<IOException> outFailure) {

  public Io {
    env = Map.copyOf(env);
  }

  /** Streams whose write errors carry no cause: a failed write reads as a reader gone away. */
  public Io(
      PrintWriter out,
      PrintWriter err,
      InputStream in,
      Map<String, String> env,
      boolean stdinIsTerminal,
      boolean stdoutIsTerminal) {
    this(out, err, in, env, stdinIsTerminal, stdoutIsTerminal, () -> null);
  }

  public String env(String name) {
    return env.get(name);
  }
}
