package dev.aihire.cli;

/**
 * Output formats: text for people, json for programs; markdown for documents ('kit' prints it by
 * default; other commands treat it as text).
 */
public enum Format {
  text,
  json,
  markdown
}
