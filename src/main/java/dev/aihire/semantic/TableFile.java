package dev.aihire.semantic;

import dev.aihire.resource.Bundled;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The distilled table, a zip of two STORED entries ({@code vocab.bin}, then {@code vectors.bin};
 * docs/semantic.md), opened as an entry of the product's jar ({@link Bundled}) and read by walking
 * its local headers: no ZipFile of its own, because the table is itself a stored entry of that jar,
 * and no central directory is needed. The runtime is five classes with no lambdas, because on the
 * one-line path each class loaded and the first lambda of a JVM cost start-up.
 */
final class TableFile {
  /** The shipped table, beside this class. */
  static final String BUNDLED = "minilm-l6-static.zip";

  /** Where a resource named without a leading '/' lives: beside this class. */
  private static final String PACKAGE = "dev/aihire/semantic/";

  private static final int LOCAL_HEADER = 0x04034b50;
  private static final int LOCAL_HEADER_SIZE = 30;
  private static final int VECTORS_HEADER_SIZE = 28;
  private static final int BUFFER = 512;

  private final String resource;
  private long firstRowAt;

  /** Size of the entry whose header {@link #entry} read last. */
  private int entrySize;

  TableFile(String resource) {
    this.resource = resource;
  }

  /** Reads the vocabulary and the vector header; the first rows come from the same stream. */
  Embedder read() throws IOException {
    DataInputStream in = new DataInputStream(new BufferedInputStream(open(), BUFFER));
    try {
      int vocabHeader = entry(in, "vocab.bin");
      int vocabSize = entrySize;
      Vocabulary vocabulary = Vocabulary.read(in, vocabSize);
      int vectorsHeader = entry(in, "vectors.bin");
      firstRowAt = (long) vocabHeader + vocabSize + vectorsHeader + VECTORS_HEADER_SIZE;
      VectorTable table = VectorTable.read(in, this);
      return new Embedder(new WordPiece(vocabulary), table);
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /** A new stream positioned at the first vector row. */
  InputStream openAtFirstRow() throws IOException {
    InputStream in = new BufferedInputStream(open(), BUFFER);
    VectorTable.skipFully(in, firstRowAt);
    return in;
  }

  private InputStream open() throws IOException {
    InputStream in =
        Bundled.open(resource.startsWith("/") ? resource.substring(1) : PACKAGE + resource);
    if (in == null) {
      throw new IOException("the semantic table " + resource + " is not in the jar");
    }
    return in;
  }

  /**
   * Reads one local file header, checks that it names {@code name} and is STORED with its size
   * known up front, and returns the header's length (the entry's size is then in entrySize); {@code
   * in} is left at the entry's first byte.
   */
  private int entry(DataInputStream in, String name) throws IOException {
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
    if (method != 0
        || (flags & 8) != 0
        || compressed != size
        || size < 0
        || !name.equals(new String(nameBytes, StandardCharsets.UTF_8))) {
      throw new IOException("semantic table entry " + name + " is missing or compressed");
    }
    entrySize = size;
    return LOCAL_HEADER_SIZE + nameLength + extraLength;
  }
}
