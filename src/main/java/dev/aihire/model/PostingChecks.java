package dev.aihire.model;

import java.util.List;

/**
 * The smells of a job posting, as data: wording checks (phrases and coded word stems), the year
 * each technology appeared (for "10 years of LLM experience"), the size of a kitchen-sink tool
 * list, and the words that mark company boilerplate, which must not vote on the role.
 */
public record PostingChecks(
    List<PhraseCheck> phrases,
    List<CodedWords> codedWords,
    TechnologyAges technologies,
    ToolList toolList,
    Boilerplate boilerplate,
    List<String> leadershipTitles) {

  public static final PostingChecks NONE =
      new PostingChecks(
          List.of(), List.of(), null, null, new Boilerplate(List.of(), List.of()), List.of());

  public PostingChecks {
    phrases = List.copyOf(phrases);
    codedWords = List.copyOf(codedWords);
    leadershipTitles = List.copyOf(leadershipTitles);
  }

  /**
   * Phrases that smell; {@code roles} (empty: any) limits the check to postings for those roles,
   * and a posting containing any {@code unless} text (e.g. a currency sign) is spared.
   */
  public record PhraseCheck(
      String kind,
      List<String> phrases,
      String message,
      String change,
      List<String> roles,
      List<String> unless) {
    public PhraseCheck {
      phrases = List.copyOf(phrases);
      roles = List.copyOf(roles);
      unless = List.copyOf(unless);
    }
  }

  /**
   * Word stems with a gendered coding; reported when a posting uses at least {@code atLeast} more
   * of them than of the other coding.
   */
  public record CodedWords(
      String kind, List<String> stems, int atLeast, String message, String change) {
    public CodedWords {
      stems = List.copyOf(stems);
    }
  }

  /** Technologies with the year they appeared; the message may use {years}, {name}, {since}. */
  public record TechnologyAges(String kind, String message, String change, List<Technology> list) {
    public TechnologyAges {
      list = List.copyOf(list);
    }
  }

  public record Technology(String name, List<String> phrases, int since) {
    public Technology {
      phrases = List.copyOf(phrases);
    }
  }

  /** A posting naming at least {@code atLeast} distinct tools of {@code tools}. */
  public record ToolList(
      String kind, int atLeast, List<String> tools, String message, String change) {
    public ToolList {
      tools = List.copyOf(tools);
    }
  }

  /** Section headings and phrases of company boilerplate (about us, benefits, EEO). */
  public record Boilerplate(List<String> headings, List<String> phrases) {
    public Boilerplate {
      headings = List.copyOf(headings);
      phrases = List.copyOf(phrases);
    }
  }
}
