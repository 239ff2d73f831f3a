package dev.aihire.cli;

import java.util.List;
import picocli.AutoComplete;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code aihire completion [bash|zsh|fish]}: a completion script of the subcommands, their options,
 * and the role and term words from the bundled knowledge.
 */
final class CompletionCommand implements AppCommand {
  private static final List<String> SHELLS = List.of("bash", "zsh", "fish");

  @Override
  public CommandSpec spec() {
    CommandSpec spec =
        Specs.command(
            this,
            "completion",
            "Print a shell completion script: subcommands, options, role ids and glossary terms.");
    HelpLayout.examples(
        spec,
        "  source <(aihire completion bash)      # bash: put this line in ~/.bashrc",
        "  source <(aihire completion zsh)       # zsh: put this line in ~/.zshrc",
        "  aihire completion fish > ~/.config/fish/completions/aihire.fish");
    HelpLayout.exitCodes(spec, "0:script printed", "2:a shell other than bash, zsh or fish");
    return spec.addPositional(
        Specs.positional(
            "SHELL", "0..1", String.class, SHELLS, "bash (the default), zsh or fish."));
  }

  @Override
  public int run(Context ctx, Args args) {
    String shell = args.positional();
    CommandSpec root = args.spec().root();
    String script;
    if (shell == null || shell.equals("bash") || shell.equals("zsh")) {
      // picocli's script serves both: in zsh it loads bashcompinit itself.
      script = AutoComplete.bash(root.name(), root.commandLine());
    } else if (shell.equals("fish")) {
      script = FishCompletion.script(root);
    } else {
      throw AppException.usage("no completion for '" + shell + "'; choose bash, zsh or fish");
    }
    ctx.io().out().print(script);
    return ExitCode.OK;
  }
}
