package dev.aihire.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.DumbTerminal;
import org.jline.utils.WriterOutputStream;

/** Opening a JLine terminal, only for the commands that talk to a person. */
public final class Terminals {
  private Terminals() {}

  /**
   * The process's own terminal when {@code in} is the process's stdin (line editing, Ctrl-C and
   * Ctrl-D as a person expects); otherwise a dumb terminal over the given streams, which is how
   * tests and embedders drive a session without a tty.
   */
  public static Terminal open(InputStream in, Writer out) throws IOException {
    if (in == System.in) {
      return TerminalBuilder.builder().name("aihire").system(true).build();
    }
    return new DumbTerminal("aihire", Terminal.TYPE_DUMB, in,
        new WriterOutputStream(out, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
  }

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
