package dev.aihire.knowledge;

import java.util.AbstractCollection;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The keys of one mapping in the order they were read, as one array of entries (an entry knows its
 * key). A knowledge file 100 times the shipped one has hundreds of thousands of small mappings; a
 * LinkedHashMap for each, with its table and a node per key, was most of the node tree's memory
 * (the tree is collected after validation, but it is copied while it is read). A key is found by a
 * scan while a mapping is small, and through an index made on first need when it is not.
 */
final class NodeEntries extends AbstractMap<String, Node.Entry> {
  /** Mappings up to this size are scanned. */
  private static final int SCAN = 12;

  private Node.Entry[] entries = new Node.Entry[4];
  private int size;
  private Map<String, Node.Entry> index;

  @Override
  public int size() {
    return size;
  }

  @Override
  public Node.Entry get(Object key) {
    if (!(key instanceof String k)) {
      return null;
    }
    if (size > SCAN) {
      return index().get(k);
    }
    for (int i = 0; i < size; i++) {
      if (entries[i].key().equals(k)) {
        return entries[i];
      }
    }
    return null;
  }

  @Override
  public boolean containsKey(Object key) {
    return get(key) != null;
  }

  /** Adds an entry under its own key; a key already present keeps its first entry's place. */
  @Override
  public Node.Entry put(String key, Node.Entry value) {
    if (!key.equals(value.key())) {
      throw new IllegalArgumentException("an entry goes under its own key");
    }
    Node.Entry previous = get(key);
    if (previous != null) {
      for (int i = 0; i < size; i++) {
        if (entries[i] == previous) {
          entries[i] = value;
        }
      }
      if (index != null) {
        index.put(key, value);
      }
      return previous;
    }
    if (size == entries.length) {
      entries = Arrays.copyOf(entries, size * 2);
    }
    entries[size++] = value;
    if (index != null) {
      index.put(key, value);
    }
    return null;
  }

  private Map<String, Node.Entry> index() {
    if (index == null) {
      index = new HashMap<>(size * 2);
      for (int i = 0; i < size; i++) {
        index.put(entries[i].key(), entries[i]);
      }
    }
    return index;
  }

  @Override
  public Collection<Node.Entry> values() {
    return new AbstractCollection<>() {
      @Override
      public Iterator<Node.Entry> iterator() {
        return new Walk<>(e -> e);
      }

      @Override
      public int size() {
        return size;
      }
    };
  }

  @Override
  public Set<Map.Entry<String, Node.Entry>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Map.Entry<String, Node.Entry>> iterator() {
        return new Walk<>(e -> new SimpleImmutableEntry<>(e.key(), e));
      }

      @Override
      public int size() {
        return size;
      }
    };
  }

  /** The entries in order, each seen as {@code view} makes it; read-only. */
  private final class Walk<T> implements Iterator<T> {
    private final java.util.function.Function<Node.Entry, T> view;
    private int next;

    Walk(java.util.function.Function<Node.Entry, T> view) {
      this.view = view;
    }

    @Override
    public boolean hasNext() {
      return next < size;
    }

    @Override
    public T next() {
      if (next >= size) {
        throw new NoSuchElementException();
      }
      return view.apply(entries[next++]);
    }
  }
}
