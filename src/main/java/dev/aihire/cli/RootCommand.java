package dev.aihire.cli;

import dev.aihire.compiled.KnowledgeCache;
import dev.aihire.knowledge.KnowledgeException;
import dev.aihire.knowledge.KnowledgeLoader;
import dev.aihire.knowledge.Problem;
import dev.aihire.model.Knowledge;
import dev.aihire.render.Style;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
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
        "70:internal error (a bug; --debug shows the stack trace)"})
public final class RootCommand implements Callable<Integer> {
  /**
   * The subcommands, in the order help lists them. They are added in {@link #commandLine}
   * rather than by the annotation, so that a run which names one builds picocli's model of that
   * one only: reading every command's annotations is most of picocli's start-up cost.
   */
  private static final String[] NAMES = {"recommend", "compare", "glossary", "roles", "quiz",
      "interview", "validate", "team", "triage", "completion"};

  private static final Class<?>[] COMMANDS = {RecommendCommand.class, CompareCommand.class,
      GlossaryCommand.class, RolesCommand.class, QuizCommand.class, InterviewCommand.class,
      ValidateCommand.class, TeamCommand.class, TriageCommand.class, CompletionCommand.class};

  /** Options of this command that take a value, as a command line may give them. */
  private static final List<String> VALUED = List.of("--knowledge", "--format", "--color");
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

  /**
   * The command line for these arguments: every subcommand when the arguments need them all
   * (help, completion, a mistyped command: suggestions and listings), else just the one named.
   */
  public static CommandLine commandLine(RootCommand root, String... args) {
    CommandLine cmd = new CommandLine(root);
    String only = commandNamed(args);
    for (int i = 0; i < NAMES.length; i++) {
      if (only == null || only.equals(NAMES[i])) {
        cmd.addSubcommand(NAMES[i], COMMANDS[i]);
      }
    }
    return cmd;
  }

  /** The subcommand the arguments name, if plainly one (not completion); else null. */
  static String commandNamed(String... args) {
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (VALUED.contains(a)) {
        i++;
      } else if (a.equals("--debug") || (a.startsWith("--") && a.indexOf('=') > 2
          && VALUED.contains(a.substring(0, a.indexOf('='))))) {
        continue;
      } else if (a.startsWith("-") || a.equals("completion")) {
        return null;
      } else {
        return List.of(NAMES).contains(a) ? a : null;
      }
    }
    return null;
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
        knowledge = file == null ? KnowledgeLoader.loadBundled()
            : KnowledgeLoader.load(file, knowledgeCache(), false);
      } catch (KnowledgeException e) {
        throw knowledgeError(e);
      }
    }
    return knowledge;
  }

  /**
   * Where compiled copies of the user's knowledge files are kept: AIHIRE_CACHE_DIR, else
   * $XDG_CACHE_HOME/aihire, else ~/.cache/aihire; none when AIHIRE_CACHE_DIR is "off" or no
   * home is known. The launcher keeps its class-data archive there too.
   */
  public KnowledgeCache knowledgeCache() {
    String dir = io.env("AIHIRE_CACHE_DIR");
    if (dir != null && !dir.isBlank()) {
      return dir.equals("off") ? null : new KnowledgeCache(Path.of(dir));
    }
    String xdg = io.env("XDG_CACHE_HOME");
    if (xdg != null && xdg.startsWith("/")) {
      return new KnowledgeCache(Path.of(xdg, "aihire"));
    }
    String home = io.env("HOME");
    return home == null || home.isBlank() ? null
        : new KnowledgeCache(Path.of(home, ".cache", "aihire"));
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
