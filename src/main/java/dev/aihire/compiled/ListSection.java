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
    // The records first (their strings come first in the table), into one writer.
    int n = items.size();
    int[] ends = new int[n];
    CompactOut records = out.fork();
    for (int i = 0; i < n; i++) {
      item.accept(items.get(i), records);
      ends[i] = records.size();
    }
    // Fixed-width ids and offsets: opening the list then reads nothing, whatever its length.
    out.varint(n);
    for (int i = 0; i < n; i++) {
      out.int32(out.ref(id.apply(items.get(i))));
    }
    out.int32(0);
    for (int end : ends) {
      out.int32(end);
    }
    out.raw(records);
  }

  /**
   * The list, each record decoded by {@code item} when first read. Callers pass a class, not a
   * method reference: every one-line answer opens these sections, and linking a lambda costs it
   * start-up time (docs/performance.md).
   */
  static <E> LazyList<E> read(CompactIn in, Function<CompactIn, E> item) {
    // Nothing is decoded here: a list of thousands (the glossary of a large knowledge file) is
    // opened by every command and read by few. Ids are decoded when one is first looked up,
    // offsets when their record is first read.
    int n = in.count();
    int idsAt = in.position();
    in.skip(Math.multiplyExact(n, 4));
    int offsetsAt = in.position();
    in.skip(Math.multiplyExact(n + 1, 4));
    int dataAt = in.position();
    int length = in.int32At(offsetsAt + 4 * n);
    if (in.int32At(offsetsAt) != 0 || length < 0) {
      throw new CorruptException("bad record offsets");
    }
    in.skip(length);
    in.expectEnd();
    return new Lazy<>(in, n, idsAt, offsetsAt, dataAt, item);
  }

  private static final class Lazy<E> extends LazyList<E> {
    private final CompactIn in;
    private final int size;
    private final int idsAt;
    private final int offsetsAt;
    private final int dataAt;
    private final Function<CompactIn, E> item;
    private final Object[] made;
    private Map<String, Integer> positions;

    Lazy(
        CompactIn in, int size, int idsAt, int offsetsAt, int dataAt, Function<CompactIn, E> item) {
      this.in = in;
      this.size = size;
      this.idsAt = idsAt;
      this.offsetsAt = offsetsAt;
      this.dataAt = dataAt;
      this.item = item;
      this.made = new Object[size];
    }

    @Override
    @SuppressWarnings("unchecked")
    public E get(int index) {
      E e = (E) made[index];
      if (e == null) {
        int from = in.int32At(offsetsAt + 4 * index);
        int to = in.int32At(offsetsAt + 4 * index + 4);
        if (from < 0 || to < from || to > in.int32At(offsetsAt + 4 * size)) {
          throw new CorruptException("bad record offsets");
        }
        CompactIn part = in.at(dataAt + from, dataAt + to);
        e = item.apply(part);
        part.expectEnd();
        made[index] = e;
      }
      return e;
    }

    @Override
    public int size() {
      return size;
    }

    @Override
    public synchronized int positionOf(String id) {
      if (positions == null) {
        positions = new HashMap<>(size * 2);
        for (int i = size - 1; i >= 0; i--) {
          // the first of equal ids wins, as in a list scan
          positions.put(in.textOf(in.int32At(idsAt + 4 * i)), i);
        }
      }
      Integer at = positions.get(id);
      return at == null ? -1 : at;
    }
  }
}
