package dev.aihire.cli;

import dev.aihire.engine.RoleFinder;
import dev.aihire.model.Role;
import java.util.List;

/** Resolving typed role names for commands, with the usage error and suggestions on a miss. */
final class Lookup {
  private Lookup() {}

  static Role role(RoleFinder finder, String typed) {
    return finder
        .find(typed)
        .orElseThrow(
            () -> {
              List<String> close = finder.suggest(typed);
              String hint =
                  close.isEmpty()
                      ? "; 'aihire roles' lists them"
                      : "; did you mean "
                          + String.join(" or ", close.stream().map(s -> "'" + s + "'").toList())
                          + "?";
              return AppException.usage("unknown role '" + typed + "'" + hint);
            });
  }
}
