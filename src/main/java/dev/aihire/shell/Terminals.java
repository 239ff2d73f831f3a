package dev.aihire.shell;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.DumbTerminal;
import org.jline.utils.WriterOutputStream;

/** The one way to open a JLine terminal, only for the commands that talk to a person. */
public final class Terminals {
  private Terminals() {}

  /**
   * The process's own terminal when {@code in} is the process's stdin (raw mode, line editing,
   * Ctrl-C as a key), writing to stdout when it is the terminal, else to stderr, so that {@code
   * aihire interview > answer.txt} keeps the file free of prompts. Otherwise a dumb terminal over
   * {@code in} and {@code out}: how tests and embedders drive a session.
   */
  public static Terminal open(InputStream in, Writer out, boolean stdoutIsTerminal)
      throws IOException {
    if (in == System.in) {
      return TerminalBuilder.builder()
          .system(true)
          .systemOutput(
              stdoutIsTerminal
                  ? TerminalBuilder.SystemOutput.SysOut
                  : TerminalBuilder.SystemOutput.SysErr)
          .name("aihire")
          .build();
    }
    // Closing the terminal must not close the caller's writer: the answer is written after.
    Writer unclosed =
        new FilterWriter(out) {
          @Override
          public void close() throws IOException {
            flush();
          }
        };
    return new DumbTerminal(
        "aihire",
        Terminal.TYPE_DUMB,
        in,
        new WriterOutputStream(unclosed, StandardCharsets.UTF_8),
        StandardCharsets.UTF_8);
  }
}
