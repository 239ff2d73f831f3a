package dev.aihire.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Build step, not a test (Maven's package phase, see pom.xml): the AsciiDoc source of one man page
 * per command, from the same command model the help is printed from, so the two never disagree.
 * Asciidoctor turns them into roff in target/man. It lives with the tests because picocli-codegen
 * must not go into the jar.
 *
 * <p>Usage: {@code ManPageWriter OUTPUT_DIR}
 */
public final class ManPageWriter {
  private ManPageWriter() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: ManPageWriter OUTPUT_DIR");
    }
    Path out = Files.createDirectories(Path.of(args[0]));
    CommandLine root = Cli.commandLine();
    CommandSpec spec = root.getCommandSpec();
    int code =
        ManPageGenerator.generateManPage(out.toFile(), (File) null, new boolean[0], true, spec);
    if (code != 0) {
      throw new IllegalStateException("ManPageGenerator failed with exit code " + code);
    }
    // The environment is a section of our own in the terminal help; the generator knows only
    // picocli's sections, so the root page gets it here.
    StringBuilder env = new StringBuilder("\n== Environment\n\n");
    for (String line : RootCommand.ENVIRONMENT) {
      String l = line.strip();
      int gap = l.indexOf("  ");
      env.append(
          gap < 0
              ? " " + l + "\n"
              : "\n*" + l.substring(0, gap) + "*::\n" + l.substring(gap).strip() + "\n");
    }
    Files.writeString(
        out.resolve("aihire.adoc"),
        env.toString().replace("\n ", " "),
        StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
  }
}
