package dev.aihire.compiled;

import dev.aihire.compiled.binary.CompactIn;
import dev.aihire.compiled.binary.CompactOut;
import dev.aihire.model.Term;
import java.util.List;

/** The glossary section of compiled knowledge. */
final class GlossarySection {
  static final String NAME = "glossary";

  private GlossarySection() {}

  static void write(List<Term> items, CompactOut out) {
    ListSection.write(items, Term::id, GlossarySection::item, out);
  }

  /** The items, each decoded when first read. */
  static List<Term> read(CompactIn in) {
    return ListSection.read(in, GlossarySection::item);
  }

  private static void item(Term t, CompactOut out) {
    out.string(t.id());
    out.string(t.term());
    out.strings(t.aliases());
    out.string(t.definition());
    out.string(t.example());
    out.strings(t.related());
    out.strings(t.roles());
  }

  private static Term item(CompactIn in) {
    return new Term(
        in.string(),
        in.string(),
        in.strings(),
        in.string(),
        in.string(),
        in.strings(),
        in.strings());
  }
}
