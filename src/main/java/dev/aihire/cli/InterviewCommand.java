package dev.aihire.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code aihire interview}: not built yet. */
@Command(name = "interview", mixinStandardHelpOptions = true, description = "(coming soon)")
final class InterviewCommand implements Callable<Integer> {
  @ParentCommand RootCommand root;

  @Override
  public Integer call() {
    throw AppException.usage("'aihire interview' is not built yet");
  }
}
