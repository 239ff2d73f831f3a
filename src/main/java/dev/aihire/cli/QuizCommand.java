package dev.aihire.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code aihire quiz}: not built yet. */
@Command(name = "quiz", mixinStandardHelpOptions = true, description = "(coming soon)")
final class QuizCommand implements Callable<Integer> {
  @ParentCommand RootCommand root;

  @Override
  public Integer call() {
    throw AppException.usage("'aihire quiz' is not built yet");
  }
}
