package dev.aihire.cli;

import java.nio.file.Path;
import picocli.CommandLine.ParseResult;

/**
 * The root's options, which may be given before or after the command name ({@code aihire --format
 * json roles} or {@code aihire roles --format json}): the last one given wins, wherever it was.
 */
record Globals(Path knowledge, Format format, ColorMode color, boolean debug) {
  static Globals from(ParseResult root) {
    Path knowledge = null;
    Format format = Format.text;
    ColorMode color = ColorMode.auto;
    boolean debug = false;
    for (ParseResult pr = root; pr != null; pr = pr.subcommand()) {
      knowledge = pr.matchedOptionValue("--knowledge", knowledge);
      format = pr.matchedOptionValue("--format", format);
      color = pr.matchedOptionValue("--color", color);
      debug |= pr.hasMatchedOption("--debug");
    }
    return new Globals(knowledge, format, color, debug);
  }
}
