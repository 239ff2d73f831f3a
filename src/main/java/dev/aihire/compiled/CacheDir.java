package dev.aihire.compiled;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The user's private cache directory. A cache is trusted only if nobody else can have written it:
 * the directory is created 0700, and an existing one that another user owns or that others may
 * write to is not used at all (the run goes on without a cache, and says so once).
 */
public final class CacheDir {
  private CacheDir() {}

  /**
   * Where the cache is: AIHIRE_CACHE_DIR, else $XDG_CACHE_HOME/aihire, else ~/.cache/aihire; null
   * when AIHIRE_CACHE_DIR is "off" or no home is known. A blank setting means the default, as in
   * the launcher, so the launcher's archive and these files share one directory.
   */
  public static Path locate(Function<String, String> env) {
    String dir = env.apply("AIHIRE_CACHE_DIR");
    if (dir != null && !dir.isBlank()) {
      return dir.equals("off") ? null : Path.of(dir);
    }
    String xdg = env.apply("XDG_CACHE_HOME");
    if (xdg != null && xdg.startsWith("/")) {
      return Path.of(xdg, "aihire");
    }
    String home = env.apply("HOME");
    return home == null || home.isBlank() ? null : Path.of(home, ".cache", "aihire");
  }

  /**
   * Makes the directory ready: created private when missing. False (after one line to {@code warn})
   * when it exists but is not safe to trust, or cannot be made.
   */
  static boolean prepare(Path dir, Consumer<String> warn) {
    try {
      if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
        Path parent = dir.toAbsolutePath().getParent();
        if (parent != null) {
          Files.createDirectories(parent);
        }
        try {
          Files.createDirectory(
              dir,
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } catch (UnsupportedOperationException e) {
          Files.createDirectory(dir); // not a POSIX file system: its own rules apply
        }
      }
      String refusal = refusal(dir);
      if (refusal != null) {
        warn.accept(
            "not using the cache directory "
                + dir
                + ": "
                + refusal
                + "; running without a cache (set AIHIRE_CACHE_DIR to a directory of your own)");
        return false;
      }
      return true;
    } catch (IOException | RuntimeException e) {
      return false; // a cache that cannot be made only costs speed
    }
  }

  /** Why the directory may not be trusted, or null when it may. */
  static String refusal(Path dir) throws IOException {
    PosixFileAttributes link;
    try {
      link = Files.readAttributes(dir, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (UnsupportedOperationException e) {
      return null;
    }
    PosixFileAttributes attrs =
        link.isSymbolicLink() ? Files.readAttributes(dir, PosixFileAttributes.class) : link;
    if (!attrs.isDirectory()) {
      return "it is not a directory";
    }
    if (!ownedByMe(dir, link, false) || !ownedByMe(dir, attrs, true)) {
      return "it belongs to another user";
    }
    Set<PosixFilePermission> perms = attrs.permissions();
    if (perms.contains(PosixFilePermission.GROUP_WRITE)
        || perms.contains(PosixFilePermission.OTHERS_WRITE)) {
      return "other users can write to it";
    }
    return null;
  }

  /** Whether the directory (or, not following it, the link to it) is this user's. */
  private static boolean ownedByMe(Path dir, PosixFileAttributes attrs, boolean follow) {
    Object mine = myUid();
    if (mine != null) {
      try {
        LinkOption[] how =
            follow ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
        return Files.getAttribute(dir, "unix:uid", how).equals(mine);
      } catch (IOException | RuntimeException e) {
        // no unix attributes: compare names
      }
    }
    return attrs.owner().getName().equals(System.getProperty("user.name"));
  }

  /** This process's user id: the owner of /proc/self on Linux; null where there is none. */
  private static Object myUid() {
    try {
      return Files.getAttribute(Path.of("/proc/self"), "unix:uid");
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
