package dev.aihire.cli;

/** Output formats: text for people, json for programs. */
public enum Format {
  text,
  json
}
