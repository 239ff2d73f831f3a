package dev.aihire.knowledge;

import dev.aihire.model.Term;
import java.util.List;
import java.util.Set;

/**
 * Binds the {@code glossary:} section; its related terms and roles are checked once all are known.
 */
final class GlossaryBinder {
  // The allowed keys; roles.schema.json must agree (KnowledgeSchemaTest).
  static final Set<String> TERM =
      Set.of("id", "term", "aliases", "definition", "example", "related", "roles");

  private final Binder binder;

  GlossaryBinder(Binder binder) {
    this.binder = binder;
  }

  List<Term> bind(Fields top) {
    return top.list("glossary", false, this::term);
  }

  private Term term(Node n) {
    Fields f = binder.fields(n, "glossary entry", TERM);
    if (f == null) {
      return null;
    }
    String ctx = Binder.context("term", f);
    String id = binder.id(f, ctx);
    List<String> related = f.strings("related", false);
    binder.refs(binder.termRefs, related, f, "related", ctx + "related");
    List<String> roles = f.strings("roles", false);
    binder.refs(binder.roleRefs, roles, f, "roles", ctx + "roles");
    Term t =
        new Term(
            id,
            f.string("term"),
            f.strings("aliases", false),
            f.string("definition"),
            f.string("example"),
            related,
            roles);
    binder.origins.put(t, n);
    return t;
  }
}
