package dev.aihire.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest (set by the build), or "dev" when run from classes. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = VersionProvider.class.getPackage().getImplementationVersion();
    return new String[] {"aihire " + (v == null ? "dev" : v)};
  }
}
