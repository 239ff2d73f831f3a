package dev.aihire.compiled;

import dev.aihire.compiled.binary.CompactIn;
import dev.aihire.compiled.binary.CompactOut;
import dev.aihire.model.RedFlag;
import java.util.List;
import java.util.function.Function;

/** The red-flags section of compiled knowledge. */
final class RedFlagsSection {
  static final String NAME = "red_flags";

  private RedFlagsSection() {}

  static void write(List<RedFlag> items, CompactOut out) {
    ListSection.write(items, RedFlag::id, RedFlagsSection::item, out);
  }

  /** The items, each decoded when first read. */
  static List<RedFlag> read(CompactIn in) {
    return ListSection.read(in, READER);
  }

  // a class, not a method reference: see ListSection.read
  private static final Function<CompactIn, RedFlag> READER =
      new Function<>() {
        @Override
        public RedFlag apply(CompactIn in) {
          return item(in);
        }
      };

  private static void item(RedFlag f, CompactOut out) {
    out.string(f.id());
    out.string(f.flag());
    out.string(f.why());
    out.string(f.advice());
    out.strings(f.roles());
  }

  private static RedFlag item(CompactIn in) {
    return new RedFlag(in.string(), in.string(), in.string(), in.string(), in.strings());
  }
}
