package dev.aihire.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * A fish completion script from the same command model picocli writes the bash/zsh one from:
 * subcommands, their options, and the role and term words. picocli has no fish generator, and its
 * bash script does not parse in fish.
 */
final class FishCompletion {
  private FishCompletion() {}

  static String script(CommandSpec root) {
    String name = root.name();
    List<String> lines = new ArrayList<>();
    lines.add("# fish completion for " + name + ": " + name + " completion fish | source");
    lines.add("# (or save it as ~/.config/fish/completions/" + name + ".fish)");
    lines.add("complete -c " + name + " -f");
    for (OptionSpec o : root.options()) {
      lines.add(option(name, null, o));
    }
    List<String> commands = new ArrayList<>(root.subcommands().keySet());
    for (String command : commands) {
      lines.add(
          "complete -c "
              + name
              + " -n __fish_use_subcommand -a "
              + command
              + " -d "
              + quote(
                  first(
                      root.subcommands()
                          .get(command)
                          .getCommandSpec()
                          .usageMessage()
                          .description())));
    }
    for (String command : commands) {
      CommandSpec sub = root.subcommands().get(command).getCommandSpec();
      String when = "'__fish_seen_subcommand_from " + command + "'";
      for (OptionSpec o : sub.options()) {
        if (!o.inherited()) {
          lines.add(option(name, when, o));
        }
      }
      for (PositionalParamSpec p : sub.positionalParameters()) {
        List<String> words = candidates(p);
        if (words.isEmpty() && p.type() == Path.class) {
          // -F: file names, which the script's first line (complete -f) turns off elsewhere.
          lines.add("complete -c " + name + " -n " + when + " -F -d " + quote(p.paramLabel()));
        } else if (!words.isEmpty()) {
          lines.add(
              "complete -c "
                  + name
                  + " -n "
                  + when
                  + " -a "
                  + quote(String.join(" ", words))
                  + " -d "
                  + quote(p.paramLabel()));
        }
      }
    }
    return String.join("\n", lines) + "\n";
  }

  private static String option(String name, String when, OptionSpec o) {
    StringBuilder b = new StringBuilder("complete -c ").append(name);
    if (when != null) {
      b.append(" -n ").append(when);
    }
    for (String n : o.names()) {
      b.append(n.startsWith("--") ? " -l " + n.substring(2) : " -s " + n.substring(1));
    }
    if (o.arity().max() > 0) {
      List<String> words = candidates(o);
      if (!words.isEmpty()) {
        b.append(" -x -a ").append(quote(String.join(" ", words)));
      } else if (o.type() == Path.class || o.paramLabel().contains("FILE")) {
        b.append(" -r -F");
      } else {
        b.append(" -x");
      }
    }
    return b.append(" -d ").append(quote(first(o.description()))).toString();
  }

  private static List<String> candidates(ArgSpec a) {
    List<String> words = new ArrayList<>();
    if (a.completionCandidates() != null) {
      a.completionCandidates().forEach(words::add);
    }
    return words;
  }

  private static String first(String[] description) {
    String text = description.length == 0 ? "" : description[0];
    return text.replace("${DEFAULT-VALUE}", "the default").replace("%n", " ");
  }

  /** A fish single-quoted word: only backslash and the quote itself need escaping. */
  static String quote(String s) {
    return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }
}
