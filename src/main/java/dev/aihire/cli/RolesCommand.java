package dev.aihire.cli;

import dev.aihire.engine.RoleFinder;
import dev.aihire.model.Knowledge;
import dev.aihire.model.Role;
import dev.aihire.render.RoleRenderer;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/** {@code aihire roles [ROLE]}: the list of roles, or everything about one. */
final class RolesCommand implements AppCommand {
  /** The list as JSON: ids, names and one-liners. */
  record RoleLine(String id, String name, String summary) {}

  record RoleList(List<RoleLine> roles) {}

  @Override
  public CommandSpec spec() {
    CommandSpec spec =
        Specs.command(
            this,
            "roles",
            "List the roles, one a line, or show everything about one role: responsibilities,"
                + " skills, tools, signs, the wrong hire, and questions to ask candidates.");
    HelpLayout.examples(
        spec,
        "  aihire roles",
        "  aihire roles ml-engineer",
        "  aihire roles \"Research Scientist\"",
        "  aihire roles --format json | jq -r '.roles[].id'");
    HelpLayout.exitCodes(
        spec,
        "0:listed or shown",
        "2:no such role (the closest are suggested)",
        "3:the knowledge file cannot be read or is invalid");
    return spec.addPositional(
        Specs.wordsOfOne(
            Specs.positional(
                "ROLE",
                "0..*",
                String.class,
                CompletionWords.roles(),
                "Role id, name or alias (e.g. ai-engineer, \"Research Scientist\", MLE); the words"
                    + " of a name may be given unquoted."),
            "[ROLE]"));
  }

  @Override
  public int run(Context ctx, Args args) {
    Knowledge k = ctx.knowledge();
    String role = args.words().isEmpty() ? null : String.join(" ", args.words());
    RoleRenderer text = new RoleRenderer(ctx.style(), ctx.width());
    if (role == null) {
      ctx.emit(
          new RoleList(
              k.roles().stream().map(r -> new RoleLine(r.id(), r.name(), r.summary())).toList()),
          out -> text.list(k.roles(), out));
    } else {
      Role found = Lookup.role(new RoleFinder(k), role);
      ctx.emit(found, out -> text.full(found, k, out));
    }
    return ExitCode.OK;
  }
}
