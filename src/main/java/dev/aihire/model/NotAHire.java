package dev.aihire.model;

import java.util.List;

/**
 * A kind of need that reads like AI or data work but is not one of the roles: another job, a
 * leadership hire or something usually bought. {@code name} completes "this reads like a … role";
 * {@code situations} are needs a hiring manager would write for it; {@code signals} are phrases
 * that mark it (normalised like role signals); {@code advice} says whom to hire instead.
 */
public record NotAHire(
    String id,
    NotAHireKind kind,
    String name,
    List<String> situations,
    List<String> signals,
    String advice) {

  public NotAHire {
    situations = List.copyOf(situations);
    signals = List.copyOf(signals);
  }
}
