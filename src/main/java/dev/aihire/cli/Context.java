package dev.aihire.cli;

import dev.aihire.compiled.KnowledgeCache;
import dev.aihire.compiled.StoredKnowledge;
import dev.aihire.engine.recommend.Recommender;
import dev.aihire.model.Knowledge;
import dev.aihire.render.Json;
import dev.aihire.render.Style;
import dev.aihire.render.Text;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * What every command works with: the streams, the output format, colour and width, and the
 * knowledge (loaded on first use). Answers leave through {@link #emit}, notes through {@link
 * #note}: the two places that decide JSON or text and escape what reaches a terminal.
 */
final class Context {
  private final Io io;
  private final Globals globals;
  private final KnowledgeSource knowledge;

  Context(Io io, Globals globals) {
    this(io, globals, null);
  }

  /** With the bundled knowledge already being read ({@code prefetch}; null if it is not). */
  Context(Io io, Globals globals, BundledPrefetch prefetch) {
    this.io = io;
    this.globals = globals;
    this.knowledge = new KnowledgeSource(io, globals.knowledge(), prefetch);
  }

  Io io() {
    return io;
  }

  boolean json() {
    return globals.format() == Format.json;
  }

  boolean debug() {
    return globals.debug();
  }

  Style style() {
    return new Style(
        colour(globals.color(), io) && !json(),
        io.stdoutIsTerminal() && TerminalCharset.isUtf8(io::env));
  }

  /**
   * Whether text output is coloured: by {@code --color}, else on a terminal unless NO_COLOR is set
   * or TERM is dumb. Help, which picocli writes, follows the same rule.
   */
  static boolean colour(ColorMode mode, Io io) {
    return switch (mode) {
      case always -> true;
      case never -> false;
      // NO_COLOR counts when it is set and not empty (no-color.org), as other tools read it.
      case auto ->
          io.stdoutIsTerminal()
              && (io.env("NO_COLOR") == null || io.env("NO_COLOR").isEmpty())
              && !"dumb".equals(io.env("TERM"));
    };
  }

  /** Terminal width for text layout: the launcher's measurement, else COLUMNS, else 80. */
  int width() {
    return TerminalWidth.of(System.getProperty(TerminalWidth.PROPERTY), io.env("COLUMNS"));
  }

  Knowledge knowledge() {
    return knowledge.get();
  }

  /** A recommender over the knowledge and the index stored with it. */
  Recommender recommender() {
    StoredKnowledge stored = knowledge.stored();
    return new Recommender(stored.knowledge(), stored.index());
  }

  Path knowledgePath() {
    return knowledge.path();
  }

  KnowledgeCache knowledgeCache() {
    return knowledge.cache();
  }

  /** The answer: {@code document} as JSON, or its text view; then checks that it was written. */
  void emit(Object document, TextView text) {
    if (json()) {
      Json.writePretty(io.out(), document);
    } else {
      text.render(io.out());
    }
    checkOutput();
  }

  /** A note for the person on stderr ("aihire: …"), escaped: it may quote what they typed. */
  void note(String message) {
    io.err().println("aihire: " + Text.brief(message));
    io.err().flush();
  }

  /** Standard input, or a usage error when the process was started with it closed. */
  InputStream stdin(String instead) {
    if (io.in() instanceof ClosedStdin) {
      throw AppException.usage("stdin is closed, so there is nothing to read; " + instead);
    }
    if (StdinInput.isStdin(knowledge.path())) {
      // Whichever read it first would leave the other an empty input and a puzzling message.
      throw AppException.usage(
          "stdin holds the knowledge file (--knowledge -), so it cannot hold this input too; "
              + instead);
    }
    return io.in();
  }

  /** Waits for a compiled copy of the knowledge still being written (see KnowledgeSource). */
  void settle() {
    knowledge.settle();
  }

  /** Flushes stdout and fails with {@link OutputFailed} when it could not be written. */
  void checkOutput() {
    PrintWriter out = io.out();
    if (out.checkError()) {
      throw new OutputFailed(io.outFailure().get());
    }
  }
}
