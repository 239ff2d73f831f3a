package dev.aihire.engine.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.aihire.compiled.KnowledgeStore;
import dev.aihire.model.Knowledge;
import dev.aihire.model.Term;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GlossaryTest {
  private static Glossary glossary;

  @BeforeAll
  static void load() throws Exception {
    glossary = new Glossary(KnowledgeStore.bundled().knowledge());
  }

  @ParameterizedTest(name = "\"{0}\" is exactly {1}")
  @CsvSource({
    "RAG, rag",
    "rag, rag",
    "retrieval augmented generation, rag",
    "Retrieval-Augmented Generation, rag",
    "'  RAG?! ', rag",
    "fine-tuning, fine-tuning",
    "finetuning, fine-tuning",
    "Fine Tuning, fine-tuning",
    "vectordb, vector-database",
    "a/b test, a-b-test"
  })
  void exactMatchesIgnoreCasePunctuationAndSpaces(String typed, String id) {
    TermMatch m = glossary.lookup(typed);

    assertThat(m.match()).isEqualTo(TermMatch.Match.EXACT);
    assertThat(m.term().id()).isEqualTo(id);
    assertThat(m.candidates()).isEmpty();
  }

  @ParameterizedTest(name = "\"{0}\" is close to {1}")
  @CsvSource({
    "halucination, hallucination",
    "hallucinaton, hallucination",
    "fine tunning, fine-tuning",
    "finetunning, fine-tuning",
    "transfomer, transformer",
    "kubernets, kubernetes",
    "quant, quantization",
    "tune, fine-tuning"
  })
  void oneCloseMatchIsAnswered(String typed, String id) {
    TermMatch m = glossary.lookup(typed);

    assertThat(m.match()).isEqualTo(TermMatch.Match.CLOSE);
    assertThat(m.term().id()).isEqualTo(id);
    assertThat(m.query()).isEqualTo(typed);
  }

  @Test
  void severalCloseMatchesAreOfferedToChooseFrom() {
    TermMatch m = glossary.lookup("vector");

    assertThat(m.match()).isEqualTo(TermMatch.Match.AMBIGUOUS);
    assertThat(m.found()).isFalse();
    assertThat(m.candidates())
        .extracting(TermMatch.Candidate::id)
        .containsExactlyInAnyOrder("vector-database", "embeddings");
  }

  @ParameterizedTest(name = "\"{0}\" matches nothing")
  @CsvSource({"qwertyuiop", "'   '", "'?!'", "xyz"})
  void nonsenseMatchesNothing(String typed) {
    TermMatch m = glossary.lookup(typed);

    assertThat(m.match()).isEqualTo(TermMatch.Match.NONE);
    assertThat(m.term()).isNull();
    assertThat(m.candidates()).isEmpty();
  }

  @Test
  void aMissStillSuggestsWhatIsALittleFurtherAway() {
    TermMatch m = glossary.lookup("rga");

    assertThat(m.match()).isEqualTo(TermMatch.Match.NONE);
    assertThat(m.candidates()).extracting(TermMatch.Candidate::id).contains("rag");
  }

  @Test
  void shortWordsGetNoTyposBecauseOneLetterMakesAnotherWord() {
    assertThat(Glossary.allowedTypos(3)).isZero();
    assertThat(Glossary.allowedTypos(7)).isEqualTo(1);
    assertThat(Glossary.allowedTypos(11)).isEqualTo(2);
    assertThat(glossary.lookup("chatbot").match()).isEqualTo(TermMatch.Match.NONE);
  }

  @Test
  void equallyCloseTypoMatchesAreAChoiceNotAGuess() {
    Glossary g =
        new Glossary(
            new Knowledge(
                List.of(),
                List.of(term("batch", "Batch"), term("match", "Match")),
                List.of(),
                List.of(),
                List.of()));

    TermMatch m = g.lookup("xatch");

    assertThat(m.match()).isEqualTo(TermMatch.Match.AMBIGUOUS);
    assertThat(m.candidates())
        .extracting(TermMatch.Candidate::id)
        .containsExactly("batch", "match");
  }

  @Test
  void entriesResolveRelatedTermsAndRolesToNames() {
    TermEntry rag = glossary.lookup("rag").term();

    assertThat(rag.related()).extracting(TermEntry.Ref::name).contains("Embeddings");
    assertThat(rag.roles()).extracting(TermEntry.Ref::name).containsExactly("AI Engineer");
  }

  @Test
  void searchFindsStemsInNamesDefinitionsAndExamplesNamesFirst() {
    SearchResult r = glossary.search("GPUs");

    assertThat(r.results()).isNotEmpty();
    assertThat(r.results().get(0).id()).isEqualTo("gpu");
    assertThat(r.results().get(0).matchedIn()).contains("term");
    assertThat(r.results()).extracting(SearchResult.Hit::id).doesNotHaveDuplicates();
  }

  @Test
  void searchForNothingFindsNothing() {
    assertThat(glossary.search("qwertyuiop").results()).isEmpty();
    assertThat(glossary.search("  ").results()).isEmpty();
  }

  private static Term term(String id, String name) {
    return new Term(
        id, name, List.of(), "Definition of " + name + ".", "An example.", List.of(), List.of());
  }
}
