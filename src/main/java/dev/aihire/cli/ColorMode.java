package dev.aihire.cli;

/** Colour modes for --color. */
public enum ColorMode {
  auto,
  always,
  never
}
