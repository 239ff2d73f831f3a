package dev.aihire.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Map;

/**
 * Everything a command may touch outside itself. Nothing below {@code Main} uses System.out,
 * System.in or System.getenv, so every command runs the same in a test as in a shell.
 */
public record Io(
    PrintWriter out,
    PrintWriter err,
    InputStream in,
    Map<String, String> env,
    boolean stdinIsTerminal,
    boolean stdoutIsTerminal) {

  public Io {
    env = Map.copyOf(env);
  }

  public String env(String name) {
    return env.get(name);
  }
}
