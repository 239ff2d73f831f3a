package dev.aihire.compiled;

import dev.aihire.compiled.binary.CompactIn;
import dev.aihire.compiled.binary.CompactOut;
import dev.aihire.compiled.binary.CorruptException;
import dev.aihire.model.LazyList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A list of model records as a section: a directory of (id, length) pairs, then each record's
 * bytes. Read back as a {@link LazyList} that decodes a record when it is first asked for, so a
 * command pays for the records it uses; the directory finds one by id without decoding others.
 */
final class ListSection {
  private ListSection() {}

  static <E> void write(
      List<E> items, Function<E, String> id, BiConsumer<E, CompactOut> item, CompactOut out) {
    byte[][] parts = new byte[items.size()][];
    for (int i = 0; i < parts.length; i++) {
      CompactOut part = out.fork();
      item.accept(items.get(i), part);
      parts[i] = part.toByteArray();
    }
    out.varint(parts.length);
    for (int i = 0; i < parts.length; i++) {
      out.string(id.apply(items.get(i)));
      out.varint(parts[i].length);
    }
    for (byte[] part : parts) {
      out.raw(part);
    }
  }

  static <E> LazyList<E> read(CompactIn in, Function<CompactIn, E> item) {
    int n = in.count();
    String[] ids = new String[n];
    int[] lengths = new int[n];
    for (int i = 0; i < n; i++) {
      ids[i] = in.string();
      lengths[i] = in.varint();
    }
    int[] starts = new int[n + 1];
    starts[0] = in.position();
    for (int i = 0; i < n; i++) {
      starts[i + 1] = starts[i] + lengths[i];
      if (lengths[i] < 0 || starts[i + 1] < starts[i]) {
        throw new CorruptException("bad record length");
      }
    }
    in.skip(starts[n] - starts[0]);
    in.expectEnd();
    return new Lazy<>(in, ids, starts, item);
  }

  private static final class Lazy<E> extends LazyList<E> {
    private final CompactIn in;
    private final String[] ids;
    private final int[] starts;
    private final Function<CompactIn, E> item;
    private final Object[] made;
    private Map<String, Integer> positions;

    Lazy(CompactIn in, String[] ids, int[] starts, Function<CompactIn, E> item) {
      this.in = in;
      this.ids = ids;
      this.starts = starts;
      this.item = item;
      this.made = new Object[ids.length];
    }

    @Override
    @SuppressWarnings("unchecked")
    public E get(int index) {
      E e = (E) made[index];
      if (e == null) {
        CompactIn part = in.at(starts[index], starts[index + 1]);
        e = item.apply(part);
        part.expectEnd();
        made[index] = e;
      }
      return e;
    }

    @Override
    public int size() {
      return ids.length;
    }

    @Override
    public synchronized int positionOf(String id) {
      if (positions == null) {
        positions = new HashMap<>(ids.length * 2);
        for (int i = ids.length - 1; i >= 0; i--) {
          positions.put(ids[i], i); // the first of equal ids wins, as in a list scan
        }
      }
      Integer at = positions.get(id);
      return at == null ? -1 : at;
    }
  }
}
