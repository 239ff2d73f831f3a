package dev.aihire.cli;

import dev.aihire.compiled.StoredKnowledge;
import dev.aihire.knowledge.KnowledgeException;
import dev.aihire.knowledge.KnowledgeLoader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * '-' for stdin where a file or a text is expected ({@code validate -}, {@code --knowledge -},
 * {@code interview --start -}). On a terminal each says first what it is waiting for.
 */
final class StdinInput {
  /** What problems in a knowledge file read from stdin are located in: "stdin:6:5: …". */
  static final String NAME = "stdin";

  /** A little over the loader's limit, so that it reports the size rather than a cut file. */
  private static final int MAX_KNOWLEDGE_BYTES = 33 * 1024 * 1024;

  private static final int MAX_LINE_BYTES = 64 * 1024;

  private StdinInput() {}

  static boolean isStdin(Object path) {
    return path != null && path.toString().equals("-");
  }

  /** A knowledge file from stdin, validated as any file (never cached: it has no name). */
  static StoredKnowledge knowledge(Io io) throws KnowledgeException {
    InputStream in = open(io, "give the knowledge as a file: --knowledge FILE");
    if (io.stdinIsTerminal()) {
      note(io, "reading the knowledge file from the terminal; end it with Ctrl-D");
    }
    try {
      return StoredKnowledge.building(
          KnowledgeLoader.parse(NAME, in.readNBytes(MAX_KNOWLEDGE_BYTES)));
    } catch (IOException e) {
      throw AppException.usage("cannot read stdin: " + e.getMessage());
    }
  }

  /**
   * The first line of stdin, read byte by byte so that the lines after it stay unread for whoever
   * reads next (the interview's answers).
   */
  static String firstLine(Io io, String what, String instead) {
    InputStream in = open(io, instead);
    if (io.stdinIsTerminal()) {
      note(io, "reading " + what + " from the terminal; end it with Enter");
    }
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    try {
      for (int b = in.read(); b != -1 && b != '\n' && line.size() < MAX_LINE_BYTES; b = in.read()) {
        line.write(b);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String text = line.toString(StandardCharsets.UTF_8).strip();
    if (text.isEmpty()) {
      throw AppException.usage("the first line of stdin is empty; it should be " + what);
    }
    return text;
  }

  private static InputStream open(Io io, String instead) {
    if (io.in() instanceof ClosedStdin) {
      throw AppException.usage("stdin is closed, so there is nothing to read; " + instead);
    }
    return io.in();
  }

  private static void note(Io io, String message) {
    io.err().println("aihire: " + message);
    io.err().flush();
  }
}
