package dev.aihire.compiled;

import dev.aihire.compiled.binary.CompactIn;
import dev.aihire.compiled.binary.CompactOut;
import dev.aihire.model.Term;
import java.util.List;
import java.util.function.Function;

/** The glossary section of compiled knowledge. */
final class GlossarySection {
  static final String NAME = "glossary";

  private GlossarySection() {}

  static void write(List<Term> items, CompactOut out) {
    ListSection.write(items, Term::id, GlossarySection::item, out);
  }

  /** The items, each decoded when first read. */
  static List<Term> read(CompactIn in) {
    return ListSection.read(in, READER);
  }

  // a class, not a method reference: see ListSection.read
  private static final Function<CompactIn, Term> READER =
      new Function<>() {
        @Override
        public Term apply(CompactIn in) {
          return item(in);
        }
      };

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
