package dev.aihire.cli;

import dev.aihire.engine.glossary.Glossary;
import dev.aihire.engine.glossary.SearchResult;
import dev.aihire.engine.glossary.TermEntry;
import dev.aihire.engine.glossary.TermMatch;
import dev.aihire.render.GlossaryRenderer;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** {@code aihire glossary [TERM | --search WORDS]}: AI hiring vocabulary in plain language. */
final class GlossaryCommand implements AppCommand {
  /** The list as JSON. */
  record TermList(List<TermEntry> terms) {}

  @Override
  public CommandSpec spec() {
    CommandSpec spec =
        Specs.command(
            this,
            "glossary",
            "Explain a term in plain language, list every term, or search the"
                + " definitions. Forgives case, punctuation and typos.");
    HelpLayout.examples(
        spec,
        "  aihire glossary",
        "  aihire glossary rag",
        "  aihire glossary \"fine tunning\"",
        "  aihire glossary --search \"GPU\" --format json");
    HelpLayout.exitCodes(
        spec,
        "0:explained or listed (also a search that finds nothing)",
        "2:no such term (the closest are suggested), a TERM with --search, or an empty --search",
        "3:the knowledge file cannot be read or is invalid");
    spec.addPositional(
        Specs.positional(
            "TERM",
            "0..*",
            String.class,
            CompletionWords.terms(),
            "A term, alias or id (e.g. RAG, \"retrieval augmented generation\")."));
    return spec.addOption(
        OptionSpec.builder("-s", "--search")
            .paramLabel("WORDS")
            .type(String.class)
            .description("List the terms whose name, definition or example mention WORDS.")
            .build());
  }

  @Override
  public int run(Context ctx, Args args) {
    Glossary glossary = new Glossary(ctx.knowledge());
    GlossaryRenderer text = new GlossaryRenderer(ctx.style(), ctx.width());
    String search = args.option("--search");
    List<String> words = args.words();
    if (search != null) {
      if (!words.isEmpty()) {
        throw AppException.usage("give a TERM or --search WORDS, not both");
      }
      if (search.isBlank()) {
        throw AppException.usage("--search is empty; give the words to look for");
      }
      SearchResult found = glossary.search(search);
      if (found.results().isEmpty()) {
        ctx.note("no term mentions '" + search + "'; 'aihire glossary' lists them all");
      }
      ctx.emit(found, out -> text.search(found, out));
    } else if (words.isEmpty()) {
      ctx.emit(new TermList(glossary.all()), out -> text.list(glossary.all(), out));
    } else {
      // Unquoted words are one term: `aihire glossary fine tuning` means "fine tuning".
      TermMatch match = glossary.lookup(String.join(" ", words));
      if (!match.found()) {
        throw GlossaryMisses.error(match, glossary);
      }
      if (match.match() == TermMatch.Match.CLOSE) {
        ctx.note(
            "no term '" + match.query() + "'; showing '" + match.term().term() + "', the closest");
      }
      ctx.emit(match, out -> text.entry(match.term(), out));
    }
    return ExitCode.OK;
  }
}
