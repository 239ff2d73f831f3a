package dev.aihire.cli;

import picocli.AutoComplete;
import picocli.CommandLine.Model.CommandSpec;

/** {@code aihire completion}: a bash/zsh completion script, {@code source <(aihire completion)}. */
final class CompletionCommand implements AppCommand {
  @Override
  public CommandSpec spec() {
    return Specs.command(this, "completion",
        "Print a bash/zsh completion script: source <(aihire completion)");
  }

  @Override
  public int run(Context ctx, Args args) {
    String script = AutoComplete.bash("aihire", args.spec().root().commandLine());
    ctx.io().out().print(script);
    return ExitCode.OK;
  }
}
