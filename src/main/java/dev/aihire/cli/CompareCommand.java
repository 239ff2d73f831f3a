package dev.aihire.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code aihire compare}: not built yet. */
@Command(name = "compare", mixinStandardHelpOptions = true, description = "(coming soon)")
final class CompareCommand implements Callable<Integer> {
  @ParentCommand RootCommand root;

  @Override
  public Integer call() {
    throw AppException.usage("'aihire compare' is not built yet");
  }
}
