package dev.aihire.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code aihire glossary}: not built yet. */
@Command(name = "glossary", mixinStandardHelpOptions = true, description = "(coming soon)")
final class GlossaryCommand implements Callable<Integer> {
  @ParentCommand RootCommand root;

  @Override
  public Integer call() {
    throw AppException.usage("'aihire glossary' is not built yet");
  }
}
