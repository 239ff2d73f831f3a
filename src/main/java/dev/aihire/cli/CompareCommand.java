package dev.aihire.cli;

import dev.aihire.engine.RoleFinder;
import dev.aihire.engine.compare.Comparer;
import dev.aihire.engine.compare.Comparison;
import dev.aihire.model.Knowledge;
import dev.aihire.model.Role;
import dev.aihire.render.CompareRenderer;
import dev.aihire.render.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code aihire compare ROLE ROLE [ROLE...]}: neighbouring roles side by side. */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = "Compare two or more roles side by side: what each does, skills, tools,"
        + " signs, when to hire which, and the key differences.",
    footerHeading = "%nExamples:%n",
    footer = {"  aihire compare ai-engineer ml-engineer",
        "  aihire compare \"Research Scientist\" MLE",
        "  aihire compare mlops-engineer ml-platform-engineer --format json"})
final class CompareCommand implements Callable<Integer> {
  @ParentCommand RootCommand root;

  // 0..*: fewer than two roles gets our message, which names roles worth comparing.
  @Parameters(arity = "0..*", paramLabel = "ROLE",
      description = "Role ids, names or aliases, at least two (e.g. ai-engineer, MLE).")
  List<String> typed = new ArrayList<>();

  @Option(names = "--brief",
      description = "Only the decision: which to hire when, and the key differences.")
  boolean brief;

  @Override
  public Integer call() {
    Knowledge k = root.knowledge();
    List<Role> roles = CompareRoles.resolve(new RoleFinder(k), typed);
    Comparison c = new Comparer(k).compare(roles);
    if (root.format() == Format.json) {
      Json.writePretty(root.io().out(), c);
    } else {
      CompareRenderer text = new CompareRenderer(root.style(), root.width());
      if (brief) {
        text.brief(c, root.io().out());
      } else {
        text.render(c, root.io().out());
      }
    }
    return ExitCode.OK;
  }
}
