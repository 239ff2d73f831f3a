package dev.aihire.compiled;

import dev.aihire.compiled.binary.CompactIn;
import dev.aihire.compiled.binary.CompactOut;
import dev.aihire.compiled.binary.CorruptException;
import java.util.AbstractMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A map from words to values as a section: the keys in sorted order, each with the offset of its
 * value, in fixed-width entries, then the values. Read back as a map that finds a key by binary
 * search (decoding about twenty keys of a million) and decodes a value on its first look-up: a need
 * of ten words reads ten entries of the index, whatever its size.
 */
final class KeyedSection {
  private KeyedSection() {}

  static <V> void write(SortedMap<String, V> map, BiConsumer<V, CompactOut> value, CompactOut out) {
    // The values first (their strings come first in the table), into one writer: the offset of
    // each is where the previous one ended.
    int[] ends = new int[map.size()];
    CompactOut values = out.fork();
    int i = 0;
    for (V v : map.values()) {
      value.accept(v, values);
      ends[i++] = values.size();
    }
    out.int32(map.size());
    i = 0;
    for (String key : map.keySet()) {
      out.int32(out.ref(key));
      out.int32(i == 0 ? 0 : ends[i - 1]);
      i++;
    }
    out.int32(values.size());
    out.raw(values);
  }

  static <V> Map<String, V> read(CompactIn in, Function<CompactIn, V> value) {
    int n = in.int32();
    if (n < 0 || n > (in.remaining() - 4) / 8) {
      throw new CorruptException("bad key count " + n);
    }
    int entries = in.position();
    in.skip(8 * n);
    int total = in.int32();
    int values = in.position();
    if (total < 0 || total != in.remaining()) {
      throw new CorruptException("bad keyed section");
    }
    in.skip(total);
    return new Lazy<>(in, n, entries, values, value);
  }

  private static final class Lazy<V> extends AbstractMap<String, V> {
    private final CompactIn in;
    private final int size;
    private final int entries;
    private final int values;
    private final Function<CompactIn, V> value;
    private final Map<String, V> made = new HashMap<>();
    private final Set<String> absent = new HashSet<>();

    Lazy(CompactIn in, int size, int entries, int values, Function<CompactIn, V> value) {
      this.in = in;
      this.size = size;
      this.entries = entries;
      this.values = values;
      this.value = value;
    }

    @Override
    public int size() {
      return size;
    }

    @Override
    public boolean containsKey(Object key) {
      return get(key) != null;
    }

    @Override
    public synchronized V get(Object key) {
      if (!(key instanceof String word)) {
        return null;
      }
      V v = made.get(word);
      if (v != null || absent.contains(word)) {
        return v;
      }
      int at = find(word);
      if (at < 0) {
        absent.add(word);
        return null;
      }
      v = valueAt(at);
      made.put(word, v);
      return v;
    }

    private int find(String word) {
      int lo = 0;
      int hi = size - 1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        int c = keyAt(mid).compareTo(word);
        if (c == 0) {
          return mid;
        } else if (c < 0) {
          lo = mid + 1;
        } else {
          hi = mid - 1;
        }
      }
      return -1;
    }

    private String keyAt(int i) {
      return in.stringAt(in.int32At(entries + 8 * i));
    }

    private V valueAt(int i) {
      int from = values + in.int32At(entries + 8 * i + 4);
      int to =
          values
              + (i + 1 < size
                  ? in.int32At(entries + 8 * (i + 1) + 4)
                  : in.int32At(entries + 8 * size));
      CompactIn part = in.at(from, to);
      V v = value.apply(part);
      part.expectEnd();
      return v;
    }

    /** Every entry, in key order (decodes them all: for tools and tests, not for answers). */
    @Override
    public Set<Entry<String, V>> entrySet() {
      Set<Entry<String, V>> all = new LinkedHashSet<>();
      for (int i = 0; i < size; i++) {
        String key = keyAt(i);
        all.add(new SimpleImmutableEntry<>(key, get(key)));
      }
      return all;
    }
  }
}
