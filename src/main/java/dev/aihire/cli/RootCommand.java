package dev.aihire.cli;

import dev.aihire.knowledge.KnowledgeException;
import dev.aihire.knowledge.KnowledgeLoader;
import dev.aihire.knowledge.Problem;
import dev.aihire.model.Knowledge;
import dev.aihire.render.Style;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The root command: global options, the subcommand list, and the shared context. */
@Command(
    name = "aihire",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    usageHelpAutoWidth = false,
    header = "Advice for people who hire in AI: which role fits the need, and why.",
    synopsisHeading = "%nUsage: ",
    customSynopsis = "aihire [--knowledge FILE] [--format text|json] COMMAND [ARGS]",
    description = {
        "",
        "Examples:",
        "  aihire recommend \"we need a support chatbot on our docs by Friday\"",
        "  aihire compare ai-engineer ml-engineer",
        "  aihire glossary rag",
        "  aihire roles data-engineer",
        "  aihire quiz --count 5",
        "  aihire interview"},
    commandListHeading = "%nCommands:%n",
    optionListHeading = "%nOptions:%n",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:success (also: nothing fits the need)",
        "1:the answer is no (validate found problems, quiz below --pass)",
        "2:usage: unknown option, command, role or term; empty input",
        "3:the knowledge file cannot be read or is invalid",
        "4:some batch lines were bad; the good ones were answered",
        "70:internal error (a bug; --debug shows the stack trace)"},
    subcommands = {
        RecommendCommand.class,
        CompareCommand.class,
        GlossaryCommand.class,
        RolesCommand.class,
        QuizCommand.class,
        InterviewCommand.class,
        ValidateCommand.class,
        CompletionCommand.class})
public final class RootCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--knowledge", paramLabel = "FILE", scope = ScopeType.INHERIT,
      description = "Knowledge file to use instead of the bundled one (or set AIHIRE_KNOWLEDGE).")
  Path knowledgeFile;

  @Option(names = "--format", paramLabel = "text|json", scope = ScopeType.INHERIT,
      description = "Output format: text for people, json for programs (default: text).")
  Format format = Format.text;

  @Option(names = "--color", paramLabel = "auto|always|never", scope = ScopeType.INHERIT,
      description = "Colour text output: auto (on a terminal, unless NO_COLOR), always, never.")
  ColorMode color = ColorMode.auto;

  @Option(names = "--debug", scope = ScopeType.INHERIT,
      description = "Show stack traces of internal errors.")
  boolean debug;

  private final Io io;
  private Knowledge knowledge;

  public RootCommand(Io io) {
    this.io = io;
  }

  /** Colour modes for --color. */
  public enum ColorMode {
    auto,
    always,
    never
  }

  @Override
  public Integer call() {
    if (io.stdinIsTerminal() && io.stdoutIsTerminal()) {
      return InterviewCommand.withDefaults(this).call(); // plain `aihire` on a terminal
    }
    // No command off a terminal: a short help, never a hang on stdin.
    spec.commandLine().usage(io.out());
    return ExitCode.OK;
  }

  public Io io() {
    return io;
  }

  public Format format() {
    return format;
  }

  public boolean debug() {
    return debug;
  }

  public Style style() {
    boolean on = switch (color) {
      case always -> true;
      case never -> false;
      case auto -> io.stdoutIsTerminal() && io.env("NO_COLOR") == null
          && !"dumb".equals(io.env("TERM"));
    };
    return new Style(on && format == Format.text);
  }

  /** Terminal width for text layout: COLUMNS, else 80. */
  public int width() {
    String columns = io.env("COLUMNS");
    if (columns != null) {
      try {
        int w = Integer.parseInt(columns.trim());
        if (w >= 20 && w <= 1000) {
          return w;
        }
      } catch (NumberFormatException e) {
        // fall through to the default
      }
    }
    return 80;
  }

  /** The knowledge: --knowledge, else AIHIRE_KNOWLEDGE, else the bundled file. Loaded once. */
  public Knowledge knowledge() {
    if (knowledge == null) {
      try {
        Path file = knowledgePath();
        knowledge = file == null ? KnowledgeLoader.loadBundled() : KnowledgeLoader.load(file);
      } catch (KnowledgeException e) {
        throw knowledgeError(e);
      }
    }
    return knowledge;
  }

  public Path knowledgePath() {
    if (knowledgeFile != null) {
      return knowledgeFile;
    }
    String env = io.env("AIHIRE_KNOWLEDGE");
    return env == null || env.isBlank() ? null : Path.of(env);
  }

  static AppException knowledgeError(KnowledgeException e) {
    List<String> lines = new ArrayList<>();
    for (Problem p : e.problems()) {
      lines.add(dev.aihire.render.Text.safe(p.toString()));
    }
    lines.add(e.problems().size() + (e.problems().size() == 1 ? " problem" : " problems")
        + " in the knowledge file; fix them and check with 'aihire validate FILE'");
    return new AppException(ExitCode.BAD_KNOWLEDGE, lines);
  }
}
