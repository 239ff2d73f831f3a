package dev.aihire.model;

import java.util.List;

/**
 * The three sections about teams rather than single roles, kept together so that the {@link
 * Knowledge} constructor grows by one parameter, not three.
 */
public record Staffing(TeamPlanning team, TeamAudit teamAudit, List<Incident> incidents) {
  public static final Staffing NONE =
      new Staffing(TeamPlanning.empty(), TeamAudit.empty(), List.of());

  public Staffing {
    incidents = List.copyOf(incidents);
  }
}
