package dev.aihire.cli;

import dev.aihire.compiled.KnowledgeStore;
import dev.aihire.knowledge.KnowledgeException;
import dev.aihire.knowledge.KnowledgeWarnings;
import dev.aihire.model.Knowledge;
import dev.aihire.render.Json;
import dev.aihire.render.Text;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code aihire validate [FILE]}: checks a knowledge file and lists every problem. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Check a knowledge file; print every problem as FILE:LINE:COL: message"
        + " (exit 3 when there are any).")
final class ValidateCommand implements Callable<Integer> {
  @ParentCommand RootCommand root;

  @Parameters(arity = "0..1", paramLabel = "FILE",
      description = "The file to check (default: --knowledge, AIHIRE_KNOWLEDGE or the bundled one).")
  Path file;

  record Counts(int roles, int glossary, int redFlags, int questions, int quiz, int signals) {}

  record Report(String file, boolean valid, List<String> problems, Counts counts,
      List<String> warnings) {}

  @Override
  public Integer call() {
    Path target = file != null ? file : root.knowledgePath();
    String name = target == null ? "roles.yaml (bundled)" : target.toString();
    Io io = root.io();
    try {
      // A file is always validated afresh; when valid, its compiled copy is cached so that
      // the commands after 'validate' start fast.
      Knowledge k = target == null ? KnowledgeStore.bundled().knowledge()
          : new KnowledgeStore(root.knowledgeCache()).file(target, true).knowledge();
      Counts counts = new Counts(k.roles().size(), k.glossary().size(), k.redFlags().size(),
          k.questions().size(), k.quiz().size(),
          k.roles().stream().mapToInt(r -> r.signals().size()).sum());
      List<String> warnings = KnowledgeWarnings.of(k);
      if (root.format() == Format.json) {
        Json.writePretty(io.out(), new Report(name, true, List.of(), counts, warnings));
      } else {
        for (String w : warnings) {
          io.err().println(Text.safe(name) + ": warning: "
              + Text.safe(w));
        }
        io.out().printf("%s: valid: %d roles, %d glossary terms, %d red flags, %d interview"
            + " questions, %d quiz questions, %d signals%n", Text.safe(name),
            counts.roles(), counts.glossary(), counts.redFlags(), counts.questions(),
            counts.quiz(), counts.signals());
      }
      return ExitCode.OK;
    } catch (KnowledgeException e) {
      if (root.format() == Format.json) {
        Json.writePretty(io.out(), new Report(name, false,
            e.problems().stream().map(Object::toString).toList(), null, List.of()));
        return ExitCode.BAD_KNOWLEDGE;
      }
      throw RootCommand.knowledgeError(e);
    }
  }
}
