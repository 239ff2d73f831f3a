package dev.aihire.cli;

import static dev.aihire.CliRun.cli;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aihire.CliRun;
import dev.aihire.compiled.KnowledgeStore;
import dev.aihire.model.Term;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GlossaryCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void listsEveryTermAligned() throws Exception {
    CliRun.Result r = cli().env("COLUMNS", "160").run("glossary");

    assertThat(r.exitCode()).isZero();
    for (Term t : KnowledgeStore.bundled().knowledge().glossary()) {
      assertThat("\n" + r.out()).contains("\n" + t.term() + " ");
    }
    int column = r.out().indexOf("The moment") - r.out().indexOf("Inference");
    assertThat(r.out()).contains("\nRAG" + " ".repeat(column - 3) + "A technique");
  }

  @Test
  void listsTheTermsAlphabetically() throws Exception {
    String out = cli().env("COLUMNS", "200").run("glossary").out();

    List<String> terms =
        KnowledgeStore.bundled().knowledge().glossary().stream()
            .map(Term::term)
            .sorted(String.CASE_INSENSITIVE_ORDER)
            .toList();
    List<Integer> positions =
        terms.stream().map(t -> ("\n" + out).indexOf("\n" + t + " ")).toList();
    assertThat(positions).doesNotContain(-1).isSorted();
  }

  @ParameterizedTest(name = "glossary {0}")
  @CsvSource({
    "rag, RAG",
    "RAG, RAG",
    "retrieval augmented generation, RAG",
    "Fine-Tuning, Fine-tuning"
  })
  void exactMatchesAnswerWithoutANote(String typed, String term) {
    CliRun.Result r = cli().run("glossary", typed);

    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .startsWith(term + " (")
        .contains("\nExample\n", "\nAlso called  ", "\nRelated      ", "\nRoles        ");
  }

  @ParameterizedTest(name = "glossary {0}")
  @CsvSource({"halucination, Hallucination", "fine tunning, Fine-tuning"})
  void aTypoIsAnsweredWithANoteOnStderr(String typed, String term) {
    CliRun.Result r = cli().run("glossary", typed);

    assertThat(r.exitCode()).isZero();
    assertThat(r.err())
        .isEqualTo("aihire: no term '" + typed + "'; showing '" + term + "', the closest\n");
    assertThat(r.out()).startsWith(term + " (");
  }

  @Test
  void unquotedWordsAreOneTerm() {
    CliRun.Result r = cli().run("glossary", "fine", "tunning");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).startsWith("Fine-tuning (fine-tuning)");
  }

  @Test
  void severalCloseTermsAreListedToChooseFrom() {
    CliRun.Result r = cli().run("glossary", "vector");

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .contains("'vector' matches 2 terms; say which:", "vector-database", "embeddings");
  }

  @Test
  void nothingCloseExitsTwoWithWhatToTryNext() {
    CliRun.Result r = cli().run("glossary", "qwertyuiop");

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .contains("unknown term 'qwertyuiop'", "'aihire glossary' lists every term", "--search");
  }

  @Test
  void aMissThatDefinitionsMentionPointsToSearch() {
    CliRun.Result r = cli().run("glossary", "chatbot");

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err())
        .contains("unknown term 'chatbot'", "mention it: 'aihire glossary --search chatbot'");
  }

  @Test
  void searchListsTheTermsThatMentionTheWords() throws Exception {
    CliRun.Result text = cli().run("glossary", "--search", "GPU");
    CliRun.Result json = cli().run("--format", "json", "glossary", "--search", "GPU");

    assertThat(text.exitCode()).isZero();
    assertThat(text.out()).startsWith("GPU ");
    JsonNode doc = JSON.readTree(json.out());
    assertThat(doc.get("query").asText()).isEqualTo("GPU");
    assertThat(doc.get("results").get(0).get("id").asText()).isEqualTo("gpu");
    assertThat(doc.get("results").get(0).get("matched_in").get(0).asText()).isEqualTo("term");
  }

  @Test
  void aSearchWithoutHitsIsAnAnswerNotAnError() throws Exception {
    CliRun.Result r = cli().run("--format", "json", "glossary", "--search", "qwertyuiop");

    assertThat(r.exitCode()).isZero();
    assertThat(JSON.readTree(r.out()).get("results")).isEmpty();
    assertThat(r.err()).contains("no term mentions 'qwertyuiop'");
  }

  @Test
  void aTermAndASearchTogetherIsAUsageError() {
    CliRun.Result r = cli().run("glossary", "rag", "--search", "gpu");

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("not both");
  }

  @Test
  void jsonForAnEntrySaysHowItMatched() throws Exception {
    CliRun.Result r = cli().run("--format", "json", "glossary", "halucination");

    assertThat(r.exitCode()).isZero();
    JsonNode doc = JSON.readTree(r.out());
    assertThat(doc.get("match").asText()).isEqualTo("close");
    assertThat(doc.get("term").get("id").asText()).isEqualTo("hallucination");
    assertThat(doc.get("term").get("roles").get(0).get("name").asText()).isEqualTo("AI Engineer");
    assertThat(doc.get("term").get("example").asText()).isNotBlank();
  }

  @Test
  void jsonListHasEveryTerm() throws Exception {
    CliRun.Result r = cli().run("--format", "json", "glossary");

    assertThat(r.exitCode()).isZero();
    assertThat(JSON.readTree(r.out()).get("terms"))
        .hasSize(KnowledgeStore.bundled().knowledge().glossary().size());
  }

  @Test
  void anEmptySearchIsAUsageError() {
    CliRun.Result r = cli().run("glossary", "--search", " ");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).startsWith("aihire: --search is empty; give the words to look for\n");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void theJsonListIsInTheSameAToZOrderAsTheText() throws Exception {
    JsonNode json = new ObjectMapper().readTree(cli().run("glossary", "--format", "json").out());
    List<String> terms = new java.util.ArrayList<>();
    json.get("terms").forEach(t -> terms.add(t.get("term").asText()));
    assertThat(terms).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER).hasSizeGreaterThan(100);
    String text = cli().env("COLUMNS", "200").run("glossary").out();
    assertThat(text.lines().findFirst().orElseThrow()).startsWith(terms.get(0));
  }
}
