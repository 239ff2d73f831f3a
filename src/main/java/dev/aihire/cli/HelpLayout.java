package dev.aihire.cli;

import static picocli.CommandLine.Model.UsageMessageSpec.SECTION_KEY_AT_FILE_PARAMETER;
import static picocli.CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST;
import static picocli.CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST_HEADING;
import static picocli.CommandLine.Model.UsageMessageSpec.SECTION_KEY_DESCRIPTION;
import static picocli.CommandLine.Model.UsageMessageSpec.SECTION_KEY_DESCRIPTION_HEADING;
import static picocli.CommandLine.Model.UsageMessageSpec.SECTION_KEY_END_OF_OPTIONS;
import static picocli.CommandLine.Model.UsageMessageSpec.SECTION_KEY_EXIT_CODE_LIST;
import static picocli.CommandLine.Model.UsageMessageSpec.SECTION_KEY_EXIT_CODE_LIST_HEADING;
import static picocli.CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER;
import static picocli.CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER_HEADING;
import static picocli.CommandLine.Model.UsageMessageSpec.SECTION_KEY_HEADER;
import static picocli.CommandLine.Model.UsageMessageSpec.SECTION_KEY_HEADER_HEADING;
import static picocli.CommandLine.Model.UsageMessageSpec.SECTION_KEY_OPTION_LIST;
import static picocli.CommandLine.Model.UsageMessageSpec.SECTION_KEY_OPTION_LIST_HEADING;
import static picocli.CommandLine.Model.UsageMessageSpec.SECTION_KEY_PARAMETER_LIST;
import static picocli.CommandLine.Model.UsageMessageSpec.SECTION_KEY_PARAMETER_LIST_HEADING;
import static picocli.CommandLine.Model.UsageMessageSpec.SECTION_KEY_SYNOPSIS;
import static picocli.CommandLine.Model.UsageMessageSpec.SECTION_KEY_SYNOPSIS_HEADING;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The order of every command's help: what it does, then examples (people copy those before they
 * read options), then arguments, options, subcommands, exit codes and, for the root, the
 * environment. Examples live in picocli's footer, so the man pages carry them too.
 */
final class HelpLayout {
  private static final String ENVIRONMENT = "environment";

  private HelpLayout() {}

  /** Examples go in the footer: {@code examples(spec, " aihire roles", ...)}. */
  static CommandSpec examples(CommandSpec spec, String... lines) {
    spec.usageMessage().footerHeading("%nExamples:%n").footer(lines);
    return spec;
  }

  /** The codes any command can end with, listed after its own unless it words them itself. */
  private static final String[] EVERY_COMMAND = {
    "70:internal error (a bug; --debug shows the stack trace)",
    "74:the output could not be written (a full disk, a closed pipe)"
  };

  /**
   * Exit codes of one command, as help lists them: "CODE:meaning", with 70 and 74, which every
   * command can end with, in the order of their codes.
   */
  static CommandSpec exitCodes(CommandSpec spec, String... lines) {
    List<String> all = new ArrayList<>(List.of(lines));
    for (String common : EVERY_COMMAND) {
      String code = common.substring(0, common.indexOf(':') + 1);
      if (all.stream().noneMatch(l -> l.startsWith(code))) {
        all.add(common);
      }
    }
    all.sort(Comparator.comparingInt(l -> Integer.parseInt(l.substring(0, l.indexOf(':')))));
    spec.usageMessage()
        .exitCodeListHeading("%nExit codes:%n")
        .exitCodeList(Specs.exitCodes(all.toArray(String[]::new)));
    return spec;
  }

  /** An "Environment:" section after the exit codes (terminal help only). */
  static CommandSpec environment(CommandSpec spec, String... lines) {
    StringBuilder text = new StringBuilder("%nEnvironment:%n");
    for (String line : lines) {
      text.append(line).append("%n");
    }
    String section = text.toString();
    spec.usageMessage().sectionMap().put(ENVIRONMENT, help -> String.format(section));
    return spec;
  }

  /** Puts the examples right after the description; call once the spec is complete. */
  static CommandSpec apply(CommandSpec spec) {
    UsageMessageSpec usage = spec.usageMessage();
    // After the examples, the lists need a heading to start them off.
    if (usage.parameterListHeading().isEmpty() && !spec.positionalParameters().isEmpty()) {
      usage.parameterListHeading("%nArguments:%n");
    }
    if (usage.optionListHeading().isEmpty()) {
      usage.optionListHeading("%nOptions:%n");
    }
    List<String> keys =
        new ArrayList<>(
            List.of(
                SECTION_KEY_HEADER_HEADING,
                SECTION_KEY_HEADER,
                SECTION_KEY_SYNOPSIS_HEADING,
                SECTION_KEY_SYNOPSIS,
                SECTION_KEY_DESCRIPTION_HEADING,
                SECTION_KEY_DESCRIPTION,
                SECTION_KEY_FOOTER_HEADING,
                SECTION_KEY_FOOTER,
                SECTION_KEY_PARAMETER_LIST_HEADING,
                SECTION_KEY_AT_FILE_PARAMETER,
                SECTION_KEY_PARAMETER_LIST,
                SECTION_KEY_OPTION_LIST_HEADING,
                SECTION_KEY_OPTION_LIST,
                SECTION_KEY_END_OF_OPTIONS,
                SECTION_KEY_COMMAND_LIST_HEADING,
                SECTION_KEY_COMMAND_LIST,
                SECTION_KEY_EXIT_CODE_LIST_HEADING,
                SECTION_KEY_EXIT_CODE_LIST));
    if (usage.sectionMap().containsKey(ENVIRONMENT)) {
      keys.add(ENVIRONMENT);
    }
    usage.sectionKeys(keys);
    return spec;
  }

  /**
   * The short help of plain {@code aihire} off a terminal: what it is, its usage, examples and
   * commands, and where the rest is; the whole help ({@code --help}) runs to some seventy lines.
   */
  static void shortUsage(CommandLine cmd, PrintWriter out) {
    UsageMessageSpec usage = cmd.getCommandSpec().usageMessage();
    List<String> whole = usage.sectionKeys();
    usage.sectionKeys(
        List.of(
            SECTION_KEY_HEADER_HEADING,
            SECTION_KEY_HEADER,
            SECTION_KEY_SYNOPSIS_HEADING,
            SECTION_KEY_SYNOPSIS,
            SECTION_KEY_FOOTER_HEADING,
            SECTION_KEY_FOOTER,
            SECTION_KEY_COMMAND_LIST_HEADING,
            SECTION_KEY_COMMAND_LIST));
    try {
      cmd.usage(out);
    } finally {
      usage.sectionKeys(whole);
    }
    out.println();
    out.println("'aihire --help' adds the options, exit codes and environment;");
    out.println("'aihire help COMMAND' explains one command.");
  }
}
