package dev.aihire.model;

import java.util.List;

/**
 * One hiring role, as validated from the knowledge file. {@code titleNotes} warn about a title that
 * postings use for more than one job ("AI Engineer"), so a reader checks the duties.
 */
public record Role(
    String id,
    String name,
    List<String> aliases,
    String summary,
    ModelRelation modelRelation,
    List<String> responsibilities,
    List<String> skills,
    List<String> tools,
    List<String> goodSigns,
    List<String> redFlags,
    List<String> hireFor,
    List<WrongHire> wrongHireWhen,
    List<Confusion> confusedWith,
    List<InterviewQuestion> interviewQuestions,
    List<Signal> signals,
    List<String> titleNotes) {

  public Role {
    aliases = List.copyOf(aliases);
    responsibilities = List.copyOf(responsibilities);
    skills = List.copyOf(skills);
    tools = List.copyOf(tools);
    goodSigns = List.copyOf(goodSigns);
    redFlags = List.copyOf(redFlags);
    hireFor = List.copyOf(hireFor);
    wrongHireWhen = List.copyOf(wrongHireWhen);
    confusedWith = List.copyOf(confusedWith);
    interviewQuestions = List.copyOf(interviewQuestions);
    signals = List.copyOf(signals);
    titleNotes = List.copyOf(titleNotes);
  }

  /** A role without notes on its title (the notes are optional in the knowledge file). */
  public Role(
      String id,
      String name,
      List<String> aliases,
      String summary,
      ModelRelation modelRelation,
      List<String> responsibilities,
      List<String> skills,
      List<String> tools,
      List<String> goodSigns,
      List<String> redFlags,
      List<String> hireFor,
      List<WrongHire> wrongHireWhen,
      List<Confusion> confusedWith,
      List<InterviewQuestion> interviewQuestions,
      List<Signal> signals) {
    this(
        id,
        name,
        aliases,
        summary,
        modelRelation,
        responsibilities,
        skills,
        tools,
        goodSigns,
        redFlags,
        hireFor,
        wrongHireWhen,
        confusedWith,
        interviewQuestions,
        signals,
        List.of());
  }

  /** A situation in which this role is the wrong hire, and whom to hire instead. */
  public record WrongHire(String situation, String instead) {}

  /** A role this one is often mistaken for, and the sentence that separates them. */
  public record Confusion(String role, String difference) {}

  /** A question to ask candidates, what it finds out, and what a strong answer holds. */
  public record InterviewQuestion(String question, String tests, String strongAnswer) {}

  /** A word or phrase of a hiring need that points to (or, if negative, away from) this role. */
  public record Signal(String phrase, int weight) {}
}
