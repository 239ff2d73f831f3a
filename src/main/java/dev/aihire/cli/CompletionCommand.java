package dev.aihire.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code aihire completion}: a bash/zsh completion script ({@code source <(aihire completion)}). */
@Command(name = "completion", mixinStandardHelpOptions = true,
    description = "Print a bash/zsh completion script: source <(aihire completion)")
final class CompletionCommand implements Callable<Integer> {
  @ParentCommand RootCommand root;

  @Override
  public Integer call() {
    String script = AutoComplete.bash("aihire", root.spec.commandLine());
    root.io().out().print(script);
    return ExitCode.OK;
  }
}
