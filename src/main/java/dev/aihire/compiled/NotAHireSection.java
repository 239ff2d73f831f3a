package dev.aihire.compiled;

import dev.aihire.compiled.binary.CompactIn;
import dev.aihire.compiled.binary.CompactOut;
import dev.aihire.compiled.binary.CorruptException;
import dev.aihire.model.NotAHire;
import dev.aihire.model.NotAHireKind;
import java.util.ArrayList;
import java.util.List;

/** The not_a_hire section of compiled knowledge: needs that are no individual AI or data hire. */
final class NotAHireSection {
  static final String NAME = "not_a_hire";

  private NotAHireSection() {}

  static void write(List<NotAHire> entries, CompactOut out) {
    out.varint(entries.size());
    for (NotAHire e : entries) {
      out.string(e.id());
      out.varint(e.kind().ordinal());
      out.string(e.name());
      out.strings(e.situations());
      out.strings(e.signals());
      out.string(e.advice());
    }
  }

  static List<NotAHire> read(CompactIn in) {
    int n = in.count();
    List<NotAHire> entries = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String id = in.string();
      int kind = in.varint();
      if (kind >= NotAHireKind.values().length) {
        throw new CorruptException("bad not_a_hire kind");
      }
      entries.add(
          new NotAHire(
              id,
              NotAHireKind.values()[kind],
              in.string(),
              in.strings(),
              in.strings(),
              in.string()));
    }
    in.expectEnd();
    return entries;
  }
}
