package dev.aihire.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.DumbTerminal;

/** Opens the one terminal a session talks to. */
public final class Terminals {
  private Terminals() {}

  /**
   * The process's own terminal (raw mode, line editing, Ctrl-C as a key). Prompts go to stdout
   * when it is the terminal, else to stderr, so that {@code aihire interview > answer.txt} keeps
   * the file free of prompts.
   */
  public static Terminal system(boolean stdoutIsTerminal) throws IOException {
    return TerminalBuilder.builder()
        .system(true)
        .systemOutput(stdoutIsTerminal ? TerminalBuilder.SystemOutput.SysOut
            : TerminalBuilder.SystemOutput.SysErr)
        .name("aihire")
        .build();
  }

  /** A dumb terminal over given streams: for tests and for streams that are not the process's. */
  public static Terminal dumb(InputStream in, OutputStream out) throws IOException {
    return new DumbTerminal("aihire", Terminal.TYPE_DUMB, in, out, StandardCharsets.UTF_8);
  }
}
