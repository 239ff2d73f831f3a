package dev.aihire.cli;

import picocli.CommandLine.Model.CommandSpec;

/** The root command: global options and help; alone, the interview on a terminal. */
final class RootCommand implements AppCommand {
  /** The environment variables aihire reads, as help (and the man page) list them. */
  static final String[] ENVIRONMENT = {
    "  AIHIRE_KNOWLEDGE  knowledge file to use, as --knowledge (which wins)",
    "  AIHIRE_CACHE_DIR  where compiled copies of your knowledge files are kept",
    "                    (default: $XDG_CACHE_HOME/aihire or ~/.cache/aihire;",
    "                    'off': no cache)",
    "  NO_COLOR          set and not empty: no colour, as --color never",
    "  COLUMNS           width of text output (default: the terminal's, else 80)"
  };

  @Override
  public CommandSpec spec() {
    CommandSpec spec =
        Specs.command(
            this,
            "aihire",
            "Which AI or data role to hire for a need, in your own words; how neighbouring roles"
                + " differ; what the jargon means; a quiz to practise and a guided interview."
                + " Plain 'aihire' on a terminal starts the interview.");
    HelpLayout.examples(
        spec,
        "  aihire recommend \"we need a support chatbot on our docs by Friday\"",
        "  aihire compare ai-engineer ml-engineer",
        "  aihire glossary rag",
        "  aihire roles data-engineer",
        "  aihire quiz --count 5",
        "  aihire interview",
        "  aihire help recommend");
    spec.usageMessage()
        .sortOptions(false)
        .header("Advice for people who hire in AI: which role fits the need, and why.")
        .synopsisHeading("%nUsage: ")
        .customSynopsis("aihire [--knowledge FILE] [--format text|json] COMMAND [ARGS]")
        .commandListHeading("%nCommands:%n")
        .optionListHeading("%nOptions:%n");
    HelpLayout.exitCodes(
        spec,
        "0:success (also: nothing fits the need)",
        "1:the answer is no: a check verdict named in --fail-on, a quiz below --pass",
        "2:usage: unknown option, command, role or term; empty input",
        "3:the knowledge file cannot be read or is invalid (validate: problems found)",
        "4:some batch lines were bad; the good ones were answered",
        "70:internal error (a bug; --debug shows the stack trace)",
        "74:the output could not be written (a full disk, a closed pipe)",
        "130:the interview was left with Ctrl-C (Ctrl-D leaves with 0)");
    HelpLayout.environment(spec, ENVIRONMENT);
    Globals.options().forEach(spec::addOption);
    return spec;
  }

  @Override
  public int run(Context ctx, Args args) throws Exception {
    Io io = ctx.io();
    if (io.stdinIsTerminal() && io.stdoutIsTerminal()) {
      return InterviewCommand.withDefaults(ctx); // plain `aihire` on a terminal
    }
    // No command off a terminal: a short help, never a hang on stdin.
    HelpLayout.shortUsage(args.spec().commandLine(), io.out());
    ctx.checkOutput();
    return ExitCode.OK;
  }
}
