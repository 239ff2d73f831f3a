package dev.aihire.knowledge;

import java.util.List;

/** The knowledge file cannot be read or is invalid; carries every problem found. */
public final class KnowledgeException extends Exception {
  private final List<Problem> problems;

  public KnowledgeException(List<Problem> problems) {
    super(problems.isEmpty() ? "invalid knowledge" : problems.get(0).toString());
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }
}
