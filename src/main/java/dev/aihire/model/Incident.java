package dev.aihire.model;

import java.util.List;

/**
 * One kind of production incident in the {@code incidents:} catalogue: the phrases that point to
 * it, the roles that own it (the first is usually accountable), and the checks that confirm or rule
 * it out.
 */
public record Incident(
    String id,
    String name,
    List<String> symptoms,
    List<String> owners,
    List<String> checks,
    String explanation) {

  public Incident {
    symptoms = List.copyOf(symptoms);
    owners = List.copyOf(owners);
    checks = List.copyOf(checks);
  }
}
