package dev.aihire.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.aihire.compiled.KnowledgeStore;
import dev.aihire.model.Knowledge;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kits and posting_checks sections: loaded, validated with locations, compiled. */
class KitSectionsTest {
  static final Path ROLES = Path.of("roles.yaml");

  private static List<String> problems(Path dir, String from, String to) throws Exception {
    String yaml = Files.readString(ROLES);
    assertThat(yaml).contains(from);
    Path file = dir.resolve("broken.yaml");
    Files.writeString(file, yaml.replace(from, to));
    KnowledgeException e =
        catchThrowableOfType(() -> KnowledgeLoader.load(file), KnowledgeException.class);
    assertThat(e).isNotNull();
    return e.problems().stream().map(Problem::toString).toList();
  }

  @Test
  void theShippedFileHasAKitForEveryRoleAndThePostingChecks() throws Exception {
    Knowledge k = KnowledgeLoader.load(ROLES);
    assertThat(k.kits().keySet()).containsAll(k.roles().stream().map(r -> r.id()).toList());
    assertThat(k.postingChecks().phrases())
        .extracting(p -> p.kind())
        .contains(
            "hype-title",
            "bro-culture",
            "unrealistic-expectations",
            "recruiter-fail",
            "research-credentials",
            "train-from-scratch");
    assertThat(k.postingChecks().codedWords())
        .extracting(c -> c.kind())
        .containsExactly("masculine-coded", "feminine-coded");
    assertThat(k.postingChecks().technologies().list())
        .extracting(t -> t.name())
        .contains("LLM APIs", "ChatGPT", "LangChain", "dbt", "Snowflake", "Kubernetes");
  }

  @Test
  void aWeakAnswerToAQuestionTheRoleDoesNotAskIsReportedWithTheClosest(@TempDir Path dir)
      throws Exception {
    List<String> p =
        problems(
            dir,
            "      - question: When would you choose streaming over batch processing?\n        answer:",
            "      - question: When would you chose streaming over batch?\n        answer:");
    assertThat(p)
        .singleElement()
        .asString()
        .matches(
            ".*broken\\.yaml:\\d+:19: kit 'data-engineer': no interview question of the role"
                + " reads 'When would you chose streaming over batch\\?' \\(did you mean 'When"
                + " would you choose streaming over batch processing\\?'\\?\\); copy .*");
  }

  @Test
  void aKitForAnUnknownRoleAndAMissingLevelAreReported(@TempDir Path dir) throws Exception {
    List<String> p =
        problems(
            dir,
            "  - role: prompt-engineer\n    competencies:",
            "  - role: prompt-enginer\n    competencies:");
    assertThat(p)
        .anyMatch(
            s ->
                s.contains(
                    "'prompt-enginer' is not a role id (did you mean" + " 'prompt-engineer'?)"));
    List<String> levels =
        problems(
            dir,
            "          - Makes that call early, with evidence, and brings in the right engineer.\n",
            "");
    assertThat(levels)
        .singleElement()
        .asString()
        .contains("competency 'Knowing the limits of prompting' needs 4 levels");
  }

  @Test
  void validateWarnsOfARoleWithoutAKitAndOfMissingWeakAnswers(@TempDir Path dir) throws Exception {
    String yaml = Files.readString(ROLES);
    int kits = yaml.indexOf("\nkits:");
    int from = yaml.indexOf("  - role: prompt-engineer\n", kits);
    int to = yaml.indexOf("\n  - role: ", from + 1);
    String weak =
        "      - question: A manager asks for a dashboard with everything on it. How do"
            + " you scope it?\n";
    String cut = yaml.substring(0, from) + yaml.substring(to + 1);
    int w = cut.indexOf(weak, kits);
    cut = cut.substring(0, w) + cut.substring(cut.indexOf("\n      - question:", w + 1) + 1);
    Path file = Files.writeString(dir.resolve("incomplete.yaml"), cut);
    assertThat(KnowledgeWarnings.of(KnowledgeLoader.load(file)))
        .contains(
            "role 'prompt-engineer': no entry under 'kits:', so 'aihire kit"
                + " prompt-engineer' has no competencies, scorecard or work sample; add one",
            "kit 'data-analyst': 1 of the role's interview questions has no weak answer; add it"
                + " under 'weak_answers:'");
    assertThat(KnowledgeWarnings.of(KnowledgeLoader.load(ROLES))).isEmpty();
  }

  @Test
  void aBadKindInThePostingChecksIsReported(@TempDir Path dir) throws Exception {
    List<String> p = problems(dir, "    - kind: hype-title", "    - kind: Hype Title");
    assertThat(p).singleElement().asString().contains("kind 'Hype Title' must be lower-case");
  }

  @Test
  void theCompiledBundledFormCarriesBothSections() throws Exception {
    Knowledge bundled = KnowledgeStore.bundled().knowledge();
    Knowledge top = KnowledgeLoader.load(ROLES);
    assertThat(bundled.kits()).isEqualTo(top.kits());
    assertThat(bundled.postingChecks()).isEqualTo(top.postingChecks());
  }
}
