package dev.aihire.engine.quiz;

import static dev.aihire.engine.quiz.Choices.norm;
import static dev.aihire.engine.quiz.Choices.quote;

import dev.aihire.model.Knowledge;
import dev.aihire.model.Term;
import dev.aihire.text.Normalizer;
import dev.aihire.text.Token;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Glossary questions: which term does this definition describe? */
final class TermQuestions {
  private static final String BLANK = "___";

  private final Knowledge k;

  TermQuestions(Knowledge k) {
    this.k = k;
  }

  List<Candidate> candidates() {
    List<Candidate> all = new ArrayList<>();
    for (Term t : k.glossary()) {
      String id = Kind.TERM_FOR_DEFINITION.id() + ":" + t.id();
      all.add(new Candidate(id, Kind.TERM_FOR_DEFINITION, rnd -> build(id, t, rnd)));
    }
    return all;
  }

  private QuizQuestion build(String id, Term t, Random rnd) {
    Set<String> names = names(t);
    String stem = masked(t);
    // Related terms first: telling RAG from embeddings is the lesson, not RAG from Kafka.
    List<Term> related = new ArrayList<>();
    List<Term> others = new ArrayList<>();
    for (Term o : k.glossary()) {
      if (!o.id().equals(t.id())) {
        (t.related().contains(o.id()) || o.related().contains(t.id()) ? related : others).add(o);
      }
    }
    Collections.shuffle(related, rnd);
    Collections.shuffle(others, rnd);
    List<String> wrong =
        Stream.concat(related.stream(), others.stream())
            // A term that is another name of this one would be a second right answer, and one the
            // definition itself mentions is part of what is described.
            .filter(o -> !names.contains(norm(o.term())) && !names(o).contains(norm(t.term())))
            .filter(o -> !Overlap.namesAny(stem, allNames(o)))
            .map(Term::term)
            .toList();
    return Choices.question(
        id,
        Kind.TERM_FOR_DEFINITION,
        Topic.GLOSSARY,
        "Which term does this describe? " + quote(stem),
        t.term(),
        wrong,
        allNames(t),
        "That is " + t.term() + ". Example: " + t.example(),
        List.of(Study.term(t.id())),
        rnd);
  }

  private static Set<String> names(Term t) {
    return Stream.concat(Stream.of(t.term()), t.aliases().stream())
        .map(Choices::norm)
        .collect(Collectors.toSet());
  }

  /** The term, its aliases and its id read as words. */
  static List<String> allNames(Term t) {
    List<String> all = new ArrayList<>();
    all.add(t.term());
    all.add(t.id().replace('-', ' '));
    all.addAll(t.aliases());
    return all;
  }

  /**
   * The definition with the term and its aliases blanked out, so it does not give itself away.
   * Names are matched on normalised words, so "agents" is blanked for "Agent" and "fine tuned" for
   * "fine-tuning".
   */
  static String masked(Term t) {
    String text = Normalizer.nfkc(t.definition());
    List<Token> tokens = Normalizer.tokens(text);
    List<String> stems = tokens.stream().map(Token::stem).toList();
    boolean[] blank = new boolean[tokens.size()];
    List<List<String>> names =
        allNames(t).stream()
            .map(Normalizer::stems)
            .filter(n -> !n.isEmpty())
            .sorted(Comparator.comparingInt(List<String>::size).reversed())
            .toList();
    // A single word of the name would point to the answer too ("a database built to …" for
    // "Vector database"), so each content word of a name is blanked on its own as well.
    List<List<String>> words =
        names.stream()
            .flatMap(List::stream)
            .filter(w -> !Overlap.isCommon(w))
            .distinct()
            .map(List::of)
            .toList();
    for (List<String> name : Stream.concat(names.stream(), words.stream()).toList()) {
      for (int i = 0; i + name.size() <= stems.size(); i++) {
        if (stems.subList(i, i + name.size()).equals(name)) {
          for (int j = i; j < i + name.size(); j++) {
            blank[j] = true;
          }
        }
      }
    }
    StringBuilder out = new StringBuilder();
    int at = 0;
    for (int i = 0; i < tokens.size(); i++) {
      if (!blank[i]) {
        continue;
      }
      int end = i;
      while (end + 1 < tokens.size() && blank[end + 1]) {
        end++;
      }
      out.append(text, at, tokens.get(i).start()).append(BLANK);
      at = tokens.get(end).end();
      i = end;
    }
    return out.append(text.substring(at)).toString();
  }
}
