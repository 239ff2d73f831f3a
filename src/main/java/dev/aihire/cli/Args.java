package dev.aihire.cli;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The values of one command's options and words, defaults applied: parsed by picocli into the
 * command's model, or read by {@link QuickLine} from a plain one-line command without a model.
 */
final class Args {
  private final CommandSpec spec;
  private final Map<String, Object> options;
  private final List<String> words;

  private Args(CommandSpec spec, Map<String, Object> options, List<String> words) {
    this.spec = spec;
    this.options = options;
    this.words = words;
  }

  /** What picocli parsed into this command's model. */
  static Args parsed(CommandSpec spec) {
    return new Args(spec, null, null);
  }

  /** Values read without a model: every option of the command, given or defaulted, by name. */
  static Args plain(Map<String, Object> options, List<String> words) {
    // Not Map.copyOf: an option without a default (recommend's --batch) is null.
    return new Args(null, Collections.unmodifiableMap(new HashMap<>(options)), List.copyOf(words));
  }

  /** The model these values were parsed into; only commands parsed by picocli have one. */
  CommandSpec spec() {
    if (spec == null) {
      throw new IllegalStateException("a quick command line has no model");
    }
    return spec;
  }

  /** The value of an option of this command (its default when not given). */
  @SuppressWarnings("unchecked")
  <T> T option(String name) {
    if (spec == null) {
      if (!options.containsKey(name)) {
        throw new IllegalArgumentException("no option " + name + " in a quick command line");
      }
      return (T) options.get(name);
    }
    OptionSpec option = spec.findOption(name);
    if (option == null) {
      throw new IllegalArgumentException("no option " + name + " in " + spec.name());
    }
    return option.getValue();
  }

  /**
   * A file option's value as the user typed it ('-' for stdin), or null: such options are typed as
   * paths only so that shells complete file names for them.
   */
  String fileName(String name) {
    Object path = option(name);
    return path == null ? null : path.toString();
  }

  /** The words of the command's one positional parameter: empty when none were given. */
  List<String> words() {
    if (spec == null) {
      return words;
    }
    List<String> given = spec.positionalParameters().get(0).getValue();
    return given == null ? List.of() : given;
  }

  /** The command's one optional positional parameter, or null. */
  <T> T positional() {
    return spec().positionalParameters().get(0).getValue();
  }
}
