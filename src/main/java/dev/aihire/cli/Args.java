package dev.aihire.cli;

import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** The values picocli parsed into one command's model, defaults applied. */
record Args(CommandSpec spec) {
  /** The value of an option of this command (its default when not given). */
  <T> T option(String name) {
    OptionSpec option = spec.findOption(name);
    if (option == null) {
      throw new IllegalArgumentException("no option " + name + " in " + spec.name());
    }
    return option.getValue();
  }

  /** The words of the command's one positional parameter: empty when none were given. */
  List<String> words() {
    List<String> words = spec.positionalParameters().get(0).getValue();
    return words == null ? List.of() : words;
  }

  /** The command's one optional positional parameter, or null. */
  <T> T positional() {
    return spec.positionalParameters().get(0).getValue();
  }
}
