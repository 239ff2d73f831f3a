package dev.aihire.cli;

import dev.aihire.engine.glossary.Glossary;
import dev.aihire.engine.glossary.SearchResult;
import dev.aihire.engine.glossary.TermEntry;
import dev.aihire.engine.glossary.TermMatch;
import dev.aihire.render.GlossaryRenderer;
import dev.aihire.render.Json;
import dev.aihire.render.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code aihire glossary [TERM | --search WORDS]}: AI hiring vocabulary in plain language. */
@Command(name = "glossary", mixinStandardHelpOptions = true,
    description = "Explain a term in plain language, list every term, or search the"
        + " definitions. Forgives case, punctuation and typos.",
    footerHeading = "%nExamples:%n",
    footer = {"  aihire glossary", "  aihire glossary rag", "  aihire glossary \"fine tunning\"",
        "  aihire glossary --search \"GPU\" --format json"})
final class GlossaryCommand implements Callable<Integer> {
  @ParentCommand RootCommand root;

  @Parameters(arity = "0..*", paramLabel = "TERM",
      description = "A term, alias or id (e.g. RAG, \"retrieval augmented generation\").")
  List<String> words = new ArrayList<>();

  @Option(names = {"-s", "--search"}, paramLabel = "WORDS",
      description = "List the terms whose name, definition or example mention WORDS.")
  String search;

  /** The list as JSON. */
  record TermList(List<TermEntry> terms) {}

  @Override
  public Integer call() {
    Glossary glossary = new Glossary(root.knowledge());
    Io io = root.io();
    GlossaryRenderer text = new GlossaryRenderer(root.style(), root.width());
    boolean json = root.format() == Format.json;
    if (search != null) {
      if (!words.isEmpty()) {
        throw AppException.usage("give a TERM or --search WORDS, not both");
      }
      SearchResult found = glossary.search(search);
      if (found.results().isEmpty()) {
        io.err().println("aihire: no term mentions '" + Text.safe(search)
            + "'; 'aihire glossary' lists them all");
      }
      if (json) {
        Json.writePretty(io.out(), found);
      } else {
        text.search(found, io.out());
      }
      return ExitCode.OK;
    }
    if (words.isEmpty()) {
      if (json) {
        Json.writePretty(io.out(), new TermList(glossary.all()));
      } else {
        text.list(glossary.all(), io.out());
      }
      return ExitCode.OK;
    }
    // Unquoted words are one term: `aihire glossary fine tuning` means "fine tuning".
    TermMatch match = glossary.lookup(String.join(" ", words));
    if (!match.found()) {
      throw GlossaryMisses.error(match, glossary);
    }
    if (match.match() == TermMatch.Match.CLOSE) {
      io.err().println("aihire: no term '" + Text.safe(match.query()) + "'; showing '"
          + Text.safe(match.term().term()) + "', the closest");
    }
    if (json) {
      Json.writePretty(io.out(), match);
    } else {
      text.entry(match.term(), io.out());
    }
    return ExitCode.OK;
  }
}
