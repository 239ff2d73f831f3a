package dev.aihire.cli;

import dev.aihire.engine.RoleFinder;
import dev.aihire.model.Knowledge;
import dev.aihire.model.Role;
import dev.aihire.render.Json;
import dev.aihire.render.RoleRenderer;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code aihire roles [ROLE]}: the list of roles, or everything about one. */
@Command(name = "roles", description = "List the roles, or show everything about one role.",
    mixinStandardHelpOptions = true)
final class RolesCommand implements Callable<Integer> {
  @ParentCommand RootCommand root;

  @Parameters(arity = "0..1", paramLabel = "ROLE",
      description = "Role id, name or alias (e.g. ai-engineer, \"Research Scientist\", MLE).")
  String role;

  /** The list as JSON: ids, names and one-liners. */
  record RoleLine(String id, String name, String summary) {}

  record RoleList(List<RoleLine> roles) {}

  @Override
  public Integer call() {
    Knowledge k = root.knowledge();
    Io io = root.io();
    if (role == null) {
      if (root.format() == Format.json) {
        Json.writePretty(io.out(), new RoleList(k.roles().stream()
            .map(r -> new RoleLine(r.id(), r.name(), r.summary())).toList()));
      } else {
        new RoleRenderer(root.style(), root.width()).list(k.roles(), io.out());
      }
      return ExitCode.OK;
    }
    Role found = Lookup.role(new RoleFinder(k), role);
    if (root.format() == Format.json) {
      Json.writePretty(io.out(), found);
    } else {
      new RoleRenderer(root.style(), root.width()).full(found, k, io.out());
    }
    return ExitCode.OK;
  }
}
