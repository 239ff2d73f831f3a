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
    return Specs.command(this, "roles", "List the roles, or show everything about one role.")
        .addPositional(Specs.positional("ROLE", "0..1", String.class,
            "Role id, name or alias (e.g. ai-engineer, \"Research Scientist\", MLE)."));
  }

  @Override
  public int run(Context ctx, Args args) {
    Knowledge k = ctx.knowledge();
    String role = args.positional();
    RoleRenderer text = new RoleRenderer(ctx.style(), ctx.width());
    if (role == null) {
      ctx.emit(new RoleList(k.roles().stream()
          .map(r -> new RoleLine(r.id(), r.name(), r.summary())).toList()),
          out -> text.list(k.roles(), out));
    } else {
      Role found = Lookup.role(new RoleFinder(k), role);
      ctx.emit(found, out -> text.full(found, k, out));
    }
    return ExitCode.OK;
  }
}
