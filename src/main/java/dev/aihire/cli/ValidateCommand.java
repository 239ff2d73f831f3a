package dev.aihire.cli;

import dev.aihire.compiled.KnowledgeStore;
import dev.aihire.knowledge.KnowledgeException;
import dev.aihire.knowledge.KnowledgeWarnings;
import dev.aihire.model.Knowledge;
import dev.aihire.render.Text;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/** {@code aihire validate [FILE]}: checks a knowledge file and lists every problem. */
final class ValidateCommand implements AppCommand {
  record Counts(int roles, int glossary, int redFlags, int questions, int quiz, int signals) {}

  record Report(
      String file, boolean valid, List<String> problems, Counts counts, List<String> warnings) {}

  @Override
  public CommandSpec spec() {
    CommandSpec spec =
        Specs.command(
            this,
            "validate",
            "Check a knowledge file; print every problem as FILE:LINE:COL: message"
                + " (exit 3 when there are any).");
    HelpLayout.examples(
        spec,
        "  aihire validate my-roles.yaml",
        "  aihire validate - < my-roles.yaml",
        "  aihire --knowledge my-roles.yaml validate");
    HelpLayout.exitCodes(
        spec,
        "0:no problems",
        "2:usage: a bad option",
        "3:problems found (each one listed), or the file cannot be read");
    return spec.addPositional(
        Specs.positional(
            "FILE",
            "0..1",
            Path.class,
            "The file to check; '-' reads it from stdin (default: --knowledge,"
                + " AIHIRE_KNOWLEDGE or the bundled one)."));
  }

  @Override
  public int run(Context ctx, Args args) {
    Path file = args.positional();
    Path target = file != null ? file : ctx.knowledgePath();
    boolean stdin = StdinInput.isStdin(target);
    String name =
        target == null ? "roles.yaml (bundled)" : stdin ? StdinInput.NAME : target.toString();
    try {
      // A file is always validated afresh; when valid, its compiled copy is cached so that
      // the commands after 'validate' start fast.
      Knowledge k =
          target == null
              ? KnowledgeStore.bundled().knowledge()
              : stdin
                  ? StdinInput.knowledge(ctx.io()).knowledge()
                  : new KnowledgeStore(ctx.knowledgeCache()).file(target, true).knowledge();
      Counts c =
          new Counts(
              k.roles().size(),
              k.glossary().size(),
              k.redFlags().size(),
              k.questions().size(),
              k.quiz().size(),
              k.roles().stream().mapToInt(r -> r.signals().size()).sum());
      List<String> warnings = KnowledgeWarnings.of(k);
      if (!ctx.json()) {
        for (String w : warnings) {
          ctx.io().err().println(Text.safe(name) + ": warning: " + Text.safe(w));
        }
      }
      ctx.emit(
          new Report(name, true, List.of(), c, warnings),
          out ->
              out.printf(
                  "%s: valid:"
                      + " %d roles, %d glossary terms, %d red flags, %d interview questions, %d quiz"
                      + " questions, %d signals%n",
                  Text.safe(name),
                  c.roles(),
                  c.glossary(),
                  c.redFlags(),
                  c.questions(),
                  c.quiz(),
                  c.signals()));
      return ExitCode.OK;
    } catch (KnowledgeException e) {
      if (!ctx.json()) {
        throw KnowledgeSource.error(e);
      }
      ctx.emit(
          new Report(
              name, false, e.problems().stream().map(Object::toString).toList(), null, List.of()),
          null);
      return ExitCode.BAD_KNOWLEDGE;
    }
  }
}
