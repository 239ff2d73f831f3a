package dev.aihire.resource;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The product's own files (the compiled knowledge, the semantic table, the code id), read from the
 * jar the product runs from.
 *
 * <p>When these classes were loaded by the JVM's application class loader from a class path of one
 * jar, as the launcher and {@code java -jar} run them, that jar is where they and these files come
 * from, and it is read directly as a zip. A class loader's resource lookup would build a {@code
 * jar:} URL and open a connection through it: the JVM's first run of that code, several
 * milliseconds of every start; a {@code ZipFile} of it hashes all its names first, ~5 ms more, so
 * the jar's own files are found by {@link OwnJar}, and other names by a {@code ZipFile}. Any other
 * class path (the build's class directories, a plugin's own class loader, an IDE) goes through the
 * class loader as usual.
 */
public final class Bundled {
  private Bundled() {}

  /**
   * The file at {@code path} (no leading slash, e.g. {@code dev/aihire/roles.bin}), or null when
   * the product has none there.
   */
  public static InputStream open(String path) throws IOException {
    OwnJar own = Jar.OWN;
    if (own != null && OwnJar.covers(path)) {
      InputStream in = own.open(path);
      if (in != null) {
        return in;
      }
    }
    ZipFile jar = Zip.FILE;
    if (jar != null) {
      ZipEntry entry = jar.getEntry(path);
      return entry == null ? null : jar.getInputStream(entry);
    }
    return Bundled.class.getClassLoader().getResourceAsStream(path);
  }

  /** The product's jar when it is the whole class path, read by hand (OwnJar); or null. */
  private static final class Jar {
    static final String PATH = productClassPath();
    static final OwnJar OWN = PATH == null ? null : OwnJar.read(PATH, OWN_CLASS);
  }

  /**
   * The same jar opened as a ZipFile, for what {@link OwnJar} does not read; opened once, on first
   * need (a ZipFile is thread-safe); or null.
   */
  private static final class Zip {
    static final ZipFile FILE = Jar.PATH == null ? null : ofClassPath(Jar.PATH);
  }

  /** The class path when it is one jar and these classes came from it; else null. */
  private static String productClassPath() {
    if (Bundled.class.getClassLoader() != ClassLoader.getSystemClassLoader()) {
      return null;
    }
    String classPath = System.getProperty("java.class.path", "");
    return oneJar(classPath) ? classPath : null;
  }

  private static boolean oneJar(String classPath) {
    return !classPath.isEmpty()
        && !classPath.contains(File.pathSeparator)
        && classPath.endsWith(".jar");
  }

  /**
   * The jar that a class path of this one jar names, if it holds these classes (a build tool's
   * launcher jar does not); else null.
   */
  static ZipFile ofClassPath(String classPath) {
    if (!oneJar(classPath)) {
      return null;
    }
    try {
      ZipFile jar = new ZipFile(classPath);
      if (jar.getEntry(OWN_CLASS) == null) {
        jar.close();
        return null;
      }
      return jar;
    } catch (IOException | SecurityException e) {
      return null; // then the class loader finds what it can, and says so when it cannot
    }
  }

  /** This class's own entry: a jar that has it is the product's. */
  private static final String OWN_CLASS = "dev/aihire/resource/Bundled.class";
}
