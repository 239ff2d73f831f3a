package dev.aihire.cli;

import dev.aihire.engine.RoleFinder;
import dev.aihire.engine.compare.Comparer;
import dev.aihire.engine.compare.Comparison;
import dev.aihire.model.Knowledge;
import dev.aihire.model.Role;
import dev.aihire.render.CompareRenderer;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/** {@code aihire compare ROLE ROLE [ROLE...]}: neighbouring roles side by side. */
final class CompareCommand implements AppCommand {
  @Override
  public CommandSpec spec() {
    CommandSpec spec =
        Specs.command(
            this,
            "compare",
            "Compare two or more roles side by side: what each does, skills, tools,"
                + " signs, when to hire which, and the key differences.");
    HelpLayout.examples(
        spec,
        "  aihire compare ai-engineer ml-engineer",
        "  aihire compare --brief data-engineer analytics-engineer",
        "  aihire compare \"Research Scientist\" MLE",
        "  aihire compare mlops-engineer ml-platform-engineer --format json");
    HelpLayout.exitCodes(
        spec,
        "0:compared",
        "2:fewer than two roles, or a role that does not exist (with suggestions)",
        "3:the knowledge file cannot be read or is invalid");
    // 0..*: fewer than two roles gets our message, which names roles worth comparing.
    return spec.addPositional(
            Specs.positional(
                "ROLE",
                "0..*",
                String.class,
                CompletionWords.roles(),
                "Role ids, names or aliases, at least two (e.g. ai-engineer, MLE)."))
        .addOption(
            Specs.flag(
                "--brief", "Only the decision: which to hire when, and the key differences."));
  }

  @Override
  public int run(Context ctx, Args args) {
    Knowledge k = ctx.knowledge();
    List<Role> roles = CompareRoles.resolve(new RoleFinder(k), args.words());
    Comparison c = new Comparer(k).compare(roles);
    boolean brief = args.option("--brief");
    ctx.emit(
        c,
        out -> {
          CompareRenderer text = new CompareRenderer(ctx.style(), ctx.width());
          if (brief) {
            text.brief(c, out);
          } else {
            text.render(c, out);
          }
        });
    return ExitCode.OK;
  }
}
