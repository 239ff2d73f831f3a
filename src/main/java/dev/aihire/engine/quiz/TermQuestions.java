package dev.aihire.engine.quiz;

import static dev.aihire.engine.quiz.Choices.norm;
import static dev.aihire.engine.quiz.Choices.quote;

import dev.aihire.model.Knowledge;
import dev.aihire.model.Term;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    List<String> wrong = Stream.concat(related.stream(), others.stream())
        // A term that is another name of this one would be a second right answer.
        .filter(o -> !names.contains(norm(o.term())) && !names(o).contains(norm(t.term())))
        .map(Term::term)
        .limit(Choices.MAX - 1)
        .toList();
    return Choices.question(id, Kind.TERM_FOR_DEFINITION, Topic.GLOSSARY,
        "Which term does this describe? " + quote(masked(t)), t.term(), wrong,
        "That is " + t.term() + ". Example: " + t.example(),
        List.of("aihire glossary " + t.id()), rnd);
  }

  private static Set<String> names(Term t) {
    return Stream.concat(Stream.of(t.term()), t.aliases().stream())
        .map(Choices::norm).collect(Collectors.toSet());
  }

  /** The definition with the term and its aliases blanked out, so it does not give itself away. */
  static String masked(Term t) {
    String text = t.definition();
    List<String> names = Stream.concat(Stream.of(t.term()), t.aliases().stream())
        .filter(n -> !n.isBlank())
        .sorted(Comparator.comparingInt(String::length).reversed())
        .toList();
    for (String name : names) {
      Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name.strip())
          + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
      text = p.matcher(text).replaceAll(Matcher.quoteReplacement(BLANK));
    }
    return text;
  }
}
