package dev.aihire.semantic;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Opens the distilled table, a zip of two STORED entries ({@code vocab.bin}, then
 * {@code vectors.bin}; docs/semantic.md), by walking its local headers: no ZipFile, because
 * the table is itself an entry of the product's jar, and no central directory is needed.
 */
final class TableFile {
  /** The shipped table, beside this class. */
  static final String RESOURCE = "minilm-l6-static.zip";
  private static final int LOCAL_HEADER = 0x04034b50;
  private static final int LOCAL_HEADER_SIZE = 30;
  private static final int VECTORS_HEADER_SIZE = 28;
  private static final int BUFFER = 512;

  /** Opens the table's bytes from the start. */
  interface Opener {
    InputStream open() throws IOException;
  }

  private TableFile() {}

  static Embedder read(Opener opener) throws IOException {
    DataInputStream in = new DataInputStream(new BufferedInputStream(opener.open(), BUFFER));
    try {
      Entry vocab = entry(in, "vocab.bin");
      Vocabulary vocabulary = Vocabulary.read(in, vocab.size());
      Entry vectors = entry(in, "vectors.bin");
      long firstRowAt =
          vocab.headerLength() + vocab.size() + vectors.headerLength() + VECTORS_HEADER_SIZE;
      VectorTable table = VectorTable.read(in, () -> {
        InputStream again = new BufferedInputStream(opener.open(), BUFFER);
        VectorTable.skipFully(again, firstRowAt);
        return again;
      });
      return new Embedder(new WordPiece(vocabulary), table);
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /** A zip entry's local header length and its (uncompressed, STORED) data size. */
  private record Entry(long headerLength, int size) {}

  /**
   * Reads one local file header and checks that it names {@code name} and is STORED with its
   * size known up front; {@code in} is then at the entry's first byte.
   */
  private static Entry entry(DataInputStream in, String name) throws IOException {
    if (Integer.reverseBytes(in.readInt()) != LOCAL_HEADER) {
      throw new IOException("semantic table is not a zip file");
    }
    in.readShort(); // version needed
    int flags = Short.reverseBytes(in.readShort()) & 0xffff;
    int method = Short.reverseBytes(in.readShort()) & 0xffff;
    in.readInt(); // time and date
    in.readInt(); // CRC-32
    int compressed = Integer.reverseBytes(in.readInt());
    int size = Integer.reverseBytes(in.readInt());
    int nameLength = Short.reverseBytes(in.readShort()) & 0xffff;
    int extraLength = Short.reverseBytes(in.readShort()) & 0xffff;
    byte[] nameBytes = new byte[nameLength];
    in.readFully(nameBytes);
    VectorTable.skipFully(in, extraLength);
    if (method != 0 || (flags & 8) != 0 || compressed != size || size < 0
        || !name.equals(new String(nameBytes, StandardCharsets.UTF_8))) {
      throw new IOException("semantic table entry " + name + " is missing or compressed");
    }
    return new Entry(LOCAL_HEADER_SIZE + nameLength + extraLength, size);
  }
}
