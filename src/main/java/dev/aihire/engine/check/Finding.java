package dev.aihire.engine.check;

import java.util.List;
import java.util.Map;

/**
 * One thing wrong with a posting, at a line (0: the posting as a whole or a given title). Smells
 * from the knowledge carry its {@code message} and {@code change} with {@code values} for their
 * placeholders; the engine's own kinds (see {@link Kinds}) leave them null and the renderer words
 * them from {@code role} and {@code words}.
 */
public record Finding(
    int line,
    String kind,
    String role,
    List<String> words,
    String message,
    String change,
    Map<String, String> values) {
  public Finding {
    words = List.copyOf(words);
    values = Map.copyOf(values);
  }

  static Finding of(int line, String kind, String role, List<String> words) {
    return new Finding(line, kind, role, words, null, null, Map.of());
  }

  /** The kinds the engine finds itself, as opposed to the knowledge's posting checks. */
  public static final class Kinds {
    /** The title names one role; the duties describe another. */
    public static final String TITLE_MISMATCH = "title-mismatch";

    /** A line of the body that reads as another role's work. */
    public static final String OTHER_ROLE_DUTIES = "other-role-duties";

    /** The duties of three or more roles in one posting. */
    public static final String SEVERAL_ROLES = "several-roles";

    /** No role has enough evidence in the duties. */
    public static final String VAGUE_DUTIES = "vague-duties";

    /** A leadership title, or nothing of AI or data at all. */
    public static final String NOT_A_HIRE = "not-a-hire";

    private Kinds() {}
  }
}
