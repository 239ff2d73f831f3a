package dev.aihire.cli;

import java.io.PrintWriter;

/** The text form of an answer, written by its renderer. */
@FunctionalInterface
interface TextView {
  void render(PrintWriter out);
}
