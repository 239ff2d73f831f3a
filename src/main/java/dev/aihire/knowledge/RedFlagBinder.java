package dev.aihire.knowledge;

import dev.aihire.model.RedFlag;
import java.util.List;
import java.util.Set;

/** Binds the {@code red_flags:} section; the roles a flag names are checked once all are known. */
final class RedFlagBinder {
  // The allowed keys; roles.schema.json must agree (KnowledgeSchemaTest).
  static final Set<String> FLAG = Set.of("id", "flag", "why", "advice", "roles");

  private final Binder binder;

  RedFlagBinder(Binder binder) {
    this.binder = binder;
  }

  List<RedFlag> bind(Fields top) {
    return top.list("red_flags", false, this::redFlag);
  }

  private RedFlag redFlag(Node n) {
    Fields f = binder.fields(n, "red flag", FLAG);
    if (f == null) {
      return null;
    }
    String ctx = Binder.context("red flag", f);
    String id = binder.id(f, ctx);
    List<String> roles = f.strings("roles", false);
    binder.refs(binder.roleRefs, roles, f, "roles", ctx + "roles");
    RedFlag r = new RedFlag(id, f.string("flag"), f.string("why"), f.string("advice"), roles);
    binder.origins.put(r, n);
    return r;
  }
}
