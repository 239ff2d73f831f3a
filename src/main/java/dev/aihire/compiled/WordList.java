package dev.aihire.compiled;

import dev.aihire.compiled.binary.CompactIn;
import dev.aihire.compiled.binary.CompactOut;
import dev.aihire.compiled.binary.CorruptException;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * A list of words as fixed-width string references, read back as a list that decodes a word when it
 * is read: the spelling words cost nothing until a need has a word to correct.
 */
final class WordList {
  private WordList() {}

  static void write(List<String> words, CompactOut out) {
    out.int32(words.size());
    for (String w : words) {
      out.int32(out.ref(w));
    }
  }

  static List<String> read(CompactIn in) {
    int n = in.int32();
    if (n < 0 || n > in.remaining() / 4) {
      throw new CorruptException("bad word count " + n);
    }
    int start = in.position();
    in.skip(4 * n);
    return new Lazy(in, start, n);
  }

  private static final class Lazy extends AbstractList<String> implements RandomAccess {
    private final CompactIn in;
    private final int start;
    private final int size;

    Lazy(CompactIn in, int start, int size) {
      this.in = in;
      this.start = start;
      this.size = size;
    }

    @Override
    public String get(int index) {
      if (index < 0 || index >= size) {
        throw new IndexOutOfBoundsException(index);
      }
      String w = in.stringAt(in.int32At(start + 4 * index));
      if (w == null) {
        throw new CorruptException("missing word");
      }
      return w;
    }

    @Override
    public int size() {
      return size;
    }
  }
}
