package dev.aihire.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Small builders for picocli's programmatic model, so a command's model reads like the annotations
 * it replaces. Building it by hand keeps reflection off the start-up path.
 */
final class Specs {
  private Specs() {}

  /** A command named {@code name} whose user object is the command itself. */
  static CommandSpec command(AppCommand command, String name, String... description) {
    CommandSpec spec = CommandSpec.wrapWithoutInspection(command);
    spec.name(name);
    spec.usageMessage().description(description).autoWidth(false);
    return spec;
  }

  /** An option with a value. */
  static OptionSpec option(String name, String label, Class<?> type, String... description) {
    return OptionSpec.builder(name).paramLabel(label).type(type).description(description).build();
  }

  /** An option with a value and a default (shown by ${DEFAULT-VALUE} in its description). */
  static OptionSpec optionWithDefault(
      String name, String label, Class<?> type, Object initial, String... description) {
    return OptionSpec.builder(name)
        .paramLabel(label)
        .type(type)
        .description(description)
        .initialValue(initial)
        .hasInitialValue(true)
        .build();
  }

  /** An option without a value: false unless given. */
  static OptionSpec flag(String name, String... description) {
    return OptionSpec.builder(name)
        .type(boolean.class)
        .initialValue(false)
        .hasInitialValue(true)
        .description(description)
        .build();
  }

  /** An option with a value converted by {@code converter}, completed from {@code values}. */
  static <T> OptionSpec converted(
      String name,
      String label,
      Class<T> type,
      T initial,
      ITypeConverter<T> converter,
      List<String> values,
      String... description) {
    return OptionSpec.builder(name)
        .paramLabel(label)
        .type(type)
        .description(description)
        .initialValue(initial)
        .hasInitialValue(true)
        .converters(converter)
        .completionCandidates(values)
        .build();
  }

  /** Positional words ({@code arity} "0..*") or one optional value ("0..1"). */
  static PositionalParamSpec positional(
      String label, String arity, Class<?> type, String... description) {
    PositionalParamSpec.Builder b =
        PositionalParamSpec.builder().paramLabel(label).arity(arity).description(description);
    if (arity.endsWith("*")) {
      b.type(List.class).auxiliaryTypes(type);
    } else {
      b.type(type);
    }
    return b.build();
  }

  /** Like {@link #positional}, completed in the shell from {@code candidates}. */
  static PositionalParamSpec positional(
      String label,
      String arity,
      Class<?> type,
      Iterable<String> candidates,
      String... description) {
    PositionalParamSpec.Builder b =
        PositionalParamSpec.builder()
            .paramLabel(label)
            .arity(arity)
            .description(description)
            .completionCandidates(candidates);
    if (arity.endsWith("*")) {
      b.type(List.class).auxiliaryTypes(type);
    } else {
      b.type(type);
    }
    return b.build();
  }

  /**
   * The same parameter, required: picocli's builders do not derive that from the arity, as its
   * annotations do, so a missing one would reach the command as null.
   */
  static PositionalParamSpec required(PositionalParamSpec p) {
    return p.toBuilder().required(true).build();
  }

  /**
   * One value that may be typed as several words ({@code roles research scientist}): taken as
   * words, shown in help as the one value it is ({@code label} as given, not "ROLE...").
   */
  static PositionalParamSpec wordsOfOne(PositionalParamSpec p, String label) {
    return p.toBuilder().paramLabel(label).hideParamSyntax(true).build();
  }

  /** -h/--help and -V/--version, added after a command's own options, as picocli's mixin. */
  static CommandSpec withHelpOptions(CommandSpec spec) {
    spec.addOption(
        OptionSpec.builder("-h", "--help")
            .usageHelp(true)
            .description("Show this help message and exit.")
            .build());
    spec.addOption(
        OptionSpec.builder("-V", "--version")
            .versionHelp(true)
            .description("Print version information and exit.")
            .build());
    spec.versionProvider(new VersionProvider());
    return HelpLayout.apply(spec);
  }

  /** An exit-code list as help shows it, from "CODE:meaning" lines. */
  static Map<String, String> exitCodes(String... lines) {
    Map<String, String> codes = new LinkedHashMap<>();
    for (String line : lines) {
      int colon = line.indexOf(':');
      codes.put(line.substring(0, colon), line.substring(colon + 1));
    }
    return codes;
  }
}
