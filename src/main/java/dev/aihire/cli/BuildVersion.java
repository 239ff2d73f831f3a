package dev.aihire.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * What {@code --version} says: the version, the commit and the build date, written at build time
 * (Maven's process-classes phase) so that a run never calls git. The date is the commit's, not the
 * clock's, so two builds of one commit give the same jar byte for byte; a build from a tarball (no
 * .git) says "unknown commit" and takes the date of the pom's outputTimestamp.
 *
 * <p>Build usage: {@code BuildVersion VERSION BASEDIR CLASSES_DIR FALLBACK_DATE}
 */
public final class BuildVersion {
  static final String RESOURCE = "dev/aihire/cli/version.properties";
  static final String UNKNOWN_COMMIT = "unknown commit";

  /** One build's facts. */
  record Info(String version, String commit, String date) {}

  private BuildVersion() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    if (args.length != 4) {
      throw new IllegalArgumentException(
          "usage: BuildVersion VERSION BASEDIR CLASSES_DIR FALLBACK_DATE");
    }
    Path base = Path.of(args[1]);
    String commit = null;
    String date = null;
    // Only this project's own .git (a file in a worktree): a tarball unpacked inside some
    // other repository must not take that repository's commit.
    if (Files.exists(base.resolve(".git"))) {
      commit = git(base, "rev-parse", "--short=12", "HEAD");
      date = git(base, "log", "-1", "--format=%cd", "--date=format-local:%Y-%m-%d");
      String changes = git(base, "status", "--porcelain", "--untracked-files=no");
      if (commit != null && changes != null && !changes.isEmpty()) {
        commit += " with local changes";
      }
    }
    String day = date != null ? date : args[3].substring(0, Math.min(10, args[3].length()));
    Path out = Path.of(args[2]).resolve(RESOURCE);
    Files.createDirectories(out.getParent());
    // Written by hand, not Properties.store: no timestamp comment, so the file is repeatable.
    Files.writeString(
        out,
        "version="
            + args[0]
            + "\ncommit="
            + (commit == null ? UNKNOWN_COMMIT : commit)
            + "\ndate="
            + day
            + "\n",
        StandardCharsets.ISO_8859_1);
  }

  /** Git's one-line answer, or null when git is missing or fails (a shallow or odd checkout). */
  private static String git(Path base, String... args) throws InterruptedException {
    String[] command = new String[args.length + 3];
    command[0] = "git";
    command[1] = "-C";
    command[2] = base.toString();
    System.arraycopy(args, 0, command, 3, args.length);
    try {
      Process p =
          new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
        p.destroy();
        return null;
      }
      return text;
    } catch (IOException e) {
      return null;
    }
  }

  /** This build's facts, from the resource; "dev" when run from classes without the step. */
  static Info read() {
    Properties p = new Properties();
    try (InputStream in = BuildVersion.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Info(
        p.getProperty("version", "dev"),
        p.getProperty("commit", UNKNOWN_COMMIT),
        p.getProperty("date", "unknown date"));
  }
}
