package dev.aihire.cli;

import dev.aihire.compiled.KnowledgeStore;
import dev.aihire.knowledge.KnowledgeException;
import dev.aihire.knowledge.KnowledgeWarnings;
import dev.aihire.model.Knowledge;
import dev.aihire.render.ValidationReport;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;

/** {@code aihire validate [FILE]}: checks a knowledge file and lists every problem. */
final class ValidateCommand implements AppCommand {
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
    if (file != null && file.toString().isEmpty()) {
      throw AppException.usage("validate is given an empty file name; give a knowledge file");
    }
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
      ValidationReport report = ValidationReport.passed(name, k, KnowledgeWarnings.of(k));
      if (!ctx.json()) {
        report.warnings(ctx.io().err());
      }
      ctx.emit(report, report::summary);
      return ExitCode.OK;
    } catch (KnowledgeException e) {
      if (!ctx.json()) {
        throw KnowledgeSource.error(e);
      }
      ctx.emit(
          ValidationReport.failed(name, e.problems().stream().map(Object::toString).toList()),
          null);
      return ExitCode.BAD_KNOWLEDGE;
    }
  }
}
