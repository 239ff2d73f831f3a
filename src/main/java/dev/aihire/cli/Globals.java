package dev.aihire.cli;

import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;

/**
 * The root's options, which may be given before or after the command name ({@code aihire --format
 * json roles} or {@code aihire roles --format json}): the last one given wins, wherever it was.
 * Declared here too, so that the options and the reading of them cannot drift apart.
 */
record Globals(Path knowledge, Format format, ColorMode color, boolean debug) {
  /** The root's options, inherited by every command, in the order help lists them. */
  static List<OptionSpec> options() {
    return List.of(
        global(
            "--knowledge",
            "FILE",
            Path.class,
            "Knowledge file to use instead of the bundled one (or set AIHIRE_KNOWLEDGE);"
                + " '-' reads it from stdin."),
        global(
            "--format",
            "text|json",
            Format.class,
            "Output format: text for people, json for programs (default: text)."),
        global(
            "--color",
            "auto|always|never",
            ColorMode.class,
            "Colour text output: auto (on a terminal, unless NO_COLOR), always, never."),
        OptionSpec.builder("--debug")
            .scopeType(ScopeType.INHERIT)
            .description("Show stack traces of internal errors.")
            .build());
  }

  private static OptionSpec global(String name, String label, Class<?> type, String text) {
    return OptionSpec.builder(name)
        .paramLabel(label)
        .type(type)
        .scopeType(ScopeType.INHERIT)
        .description(text)
        .build();
  }

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
