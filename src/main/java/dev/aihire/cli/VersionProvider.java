package dev.aihire.cli;

import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the version, the commit and the date of the build (see BuildVersion). */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    BuildVersion.Info info = BuildVersion.read();
    return new String[] {
      "aihire " + info.version(),
      (info.commit().equals(BuildVersion.UNKNOWN_COMMIT)
              ? info.commit()
              : "commit " + info.commit())
          + ", built "
          + info.date()
    };
  }
}
