package dev.aihire.compiled;

import dev.aihire.compiled.binary.CompactIn;
import dev.aihire.compiled.binary.CompactOut;
import dev.aihire.model.Term;
import java.util.ArrayList;
import java.util.List;

/** The glossary section of compiled knowledge. */
final class GlossarySection {
  static final String NAME = "glossary";

  private GlossarySection() {}

  static void write(List<Term> glossary, CompactOut out) {
    out.varint(glossary.size());
    for (Term t : glossary) {
      out.string(t.id());
      out.string(t.term());
      out.strings(t.aliases());
      out.string(t.definition());
      out.string(t.example());
      out.strings(t.related());
      out.strings(t.roles());
    }
  }

  static List<Term> read(CompactIn in) {
    int n = in.count();
    List<Term> glossary = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      glossary.add(new Term(in.string(), in.string(), in.strings(), in.string(), in.string(),
          in.strings(), in.strings()));
    }
    in.expectEnd();
    return glossary;
  }
}
