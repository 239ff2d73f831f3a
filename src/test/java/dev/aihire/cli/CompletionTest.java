package dev.aihire.cli;

import static dev.aihire.CliRun.cli;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.aihire.CliRun;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Completion as a person meets it: the script is loaded into a real shell and asked what it offers.
 * zsh and fish may be missing (CI): those checks skip then; bash is everywhere.
 */
class CompletionTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "bash: ''{0}<Tab>'' offers {1}")
  @CsvSource({
    "'aihire roles ', ai-engineer",
    "'aihire compare ml', ml-engineer",
    "'aihire compare ai-engineer ml', ml-platform-engineer",
    "'aihire glossary hal', hallucination",
    "'aihire --format json roles d', data-engineer",
    "'aihire rec', recommend",
    "'aihire completion ', fish",
    "'aihire check --fail-on mi', mismatch",
    "'aihire check --fail-on ', not-a-hire"
  })
  void bashOffers(String line, String expected) throws Exception {
    assumeTrue(onPath("bash"), "bash is not installed");
    Path script = script("bash");

    String offered =
        run(
            "bash",
            "-c",
            "source "
                + script
                + "\n"
                + "read -ra COMP_WORDS <<< \"$1\"; [[ \"$1\" == *' ' ]] && COMP_WORDS+=('')\n"
                + "COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 )); COMP_LINE=\"$1\"; COMP_POINT=${#1}\n"
                + "_complete_aihire aihire 2>/dev/null; printf '%s\\n' \"${COMPREPLY[@]}\"",
            "-",
            line);

    assertThat(offered.lines()).contains(expected);
  }

  @Test
  void bashOffersOnlyWhatMatchesThePrefix() throws Exception {
    assumeTrue(onPath("bash"), "bash is not installed");
    Path script = script("bash");

    String offered =
        run(
            "bash",
            "-c",
            "source "
                + script
                + "\n"
                + "COMP_WORDS=(aihire compare ml); COMP_CWORD=2; COMP_LINE='aihire compare ml'\n"
                + "COMP_POINT=${#COMP_LINE}; _complete_aihire aihire 2>/dev/null\n"
                + "printf '%s\\n' \"${COMPREPLY[@]}\"");

    assertThat(offered.lines()).isNotEmpty().allSatisfy(w -> assertThat(w).startsWith("ml"));
  }

  @Test
  void theZshScriptParses() throws Exception {
    assumeTrue(onPath("zsh"), "zsh is not installed");

    assertThat(exit("zsh", "-n", script("zsh").toString())).isZero();
  }

  @ParameterizedTest(name = "bash: ''{0}<Tab>'' offers a file name")
  @ValueSource(
      strings = {
        "aihire check po",
        "aihire check --batch po",
        "aihire recommend --batch po",
        "aihire quiz --answers po",
        "aihire interview --answers po",
        "aihire validate po"
      })
  void bashCompletesFileNamesWhereAFileIsExpected(String line) throws Exception {
    assumeTrue(onPath("bash"), "bash is not installed");
    Path script = script("bash");
    Files.writeString(dir.resolve("posting one.md"), "# Data Engineer\n");

    String offered =
        run(
            "bash",
            "-c",
            "cd "
                + dir
                + " && source "
                + script
                + "\n"
                + "read -ra COMP_WORDS <<< \"$1\"\n"
                + "COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 )); COMP_LINE=\"$1\"; COMP_POINT=${#1}\n"
                + "_complete_aihire aihire 2>/dev/null; printf '%s\\n' \"${COMPREPLY[@]}\"",
            "-",
            line);

    assertThat(offered.lines()).contains("posting one.md");
  }

  @Test
  void theFishScriptCompletesFileNamesForAPostingAndAKnowledgeFile() throws Exception {
    assumeTrue(onPath("fish"), "fish is not installed");
    Path script = script("fish");
    Files.writeString(dir.resolve("posting.md"), "# Data Engineer\n");
    for (String line : List.of("aihire check po", "aihire validate po")) {
      String offered =
          run("fish", "-c", "cd " + dir + "; source " + script + "; complete -C'" + line + "'");
      assertThat(offered.lines().map(l -> l.split("\t")[0])).as(line).contains("posting.md");
    }
  }

  @Test
  void theFishScriptParsesAndCompletesRoleIds() throws Exception {
    assumeTrue(onPath("fish"), "fish is not installed");
    Path script = script("fish");

    assertThat(exit("fish", "--no-execute", script.toString())).isZero();
    String roles = run("fish", "-c", "source " + script + "; complete -C'aihire roles '");
    assertThat(roles.lines().map(l -> l.split("\t")[0])).contains("ai-engineer", "ml-engineer");
    String terms = run("fish", "-c", "source " + script + "; complete -C'aihire glossary hal'");
    assertThat(terms.lines().map(l -> l.split("\t")[0])).contains("hallucination");
  }

  @Test
  void anUnknownShellIsAUsageError() {
    CliRun.Result r = cli().run("completion", "tcsh");

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("no completion for 'tcsh'; choose bash, zsh or fish");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void withoutAShellItIsBashAsBefore() {
    assertThat(cli().run("completion").out())
        .isEqualTo(cli().run("completion", "bash").out())
        .contains("complete -F _complete_aihire");
  }

  @Test
  void theWordsComeFromTheBuildNotFromTheKnowledgeAtRunTime() {
    assertThat(CompletionWords.roles())
        .startsWith("ai-engineer", "ml-engineer")
        .contains("MLE")
        .doesNotContain("Machine Learning Engineer");
    assertThat(CompletionWords.terms()).contains("hallucination", "rag", "fine-tuning");
  }

  private Path script(String shell) throws IOException {
    CliRun.Result r = cli().run("completion", shell);
    assertThat(r.exitCode()).as(r.err()).isZero();
    Path file = dir.resolve("aihire." + shell);
    Files.writeString(file, r.out(), StandardCharsets.UTF_8);
    return file;
  }

  private static boolean onPath(String program) {
    String path = System.getenv("PATH");
    return path != null
        && List.of(path.split(File.pathSeparator)).stream()
            .anyMatch(d -> Files.isExecutable(Path.of(d, program)));
  }

  private static String run(String... command) throws Exception {
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    return out;
  }

  private static int exit(String... command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    p.getOutputStream().close();
    p.getInputStream().readAllBytes();
    return p.waitFor();
  }
}
