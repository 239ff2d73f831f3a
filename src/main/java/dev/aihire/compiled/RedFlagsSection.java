package dev.aihire.compiled;

import dev.aihire.compiled.binary.CompactIn;
import dev.aihire.compiled.binary.CompactOut;
import dev.aihire.model.RedFlag;
import java.util.ArrayList;
import java.util.List;

/** The red-flags section of compiled knowledge. */
final class RedFlagsSection {
  static final String NAME = "red_flags";

  private RedFlagsSection() {}

  static void write(List<RedFlag> flags, CompactOut out) {
    out.varint(flags.size());
    for (RedFlag f : flags) {
      out.string(f.id());
      out.string(f.flag());
      out.string(f.why());
      out.string(f.advice());
      out.strings(f.roles());
    }
  }

  static List<RedFlag> read(CompactIn in) {
    int n = in.count();
    List<RedFlag> flags = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      flags.add(new RedFlag(in.string(), in.string(), in.string(), in.string(), in.strings()));
    }
    in.expectEnd();
    return flags;
  }
}
