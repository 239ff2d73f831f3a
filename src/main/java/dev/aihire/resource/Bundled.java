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
 * milliseconds of every start. Anything else (the build's class directories, a plugin's own class
 * loader, an IDE) goes through the class loader as usual.
 */
public final class Bundled {
  private Bundled() {}

  /**
   * The file at {@code path} (no leading slash, e.g. {@code dev/aihire/roles.bin}), or null when
   * the product has none there.
   */
  public static InputStream open(String path) throws IOException {
    ZipFile jar = Jar.FILE;
    if (jar != null) {
      ZipEntry entry = jar.getEntry(path);
      return entry == null ? null : jar.getInputStream(entry);
    }
    return Bundled.class.getClassLoader().getResourceAsStream(path);
  }

  /** The product's jar, opened once for the process (a ZipFile is thread-safe); or null. */
  private static final class Jar {
    static final ZipFile FILE =
        Bundled.class.getClassLoader() == ClassLoader.getSystemClassLoader()
            ? ofClassPath(System.getProperty("java.class.path", ""))
            : null;
  }

  /**
   * The jar that a class path of this one jar names, if it holds these classes (a build tool's
   * launcher jar does not); else null.
   */
  static ZipFile ofClassPath(String classPath) {
    if (classPath.isEmpty()
        || classPath.contains(File.pathSeparator)
        || !classPath.endsWith(".jar")) {
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
