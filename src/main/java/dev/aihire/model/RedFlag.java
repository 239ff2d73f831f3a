package dev.aihire.model;

import java.util.List;

/** A warning sign not tied to one role: a candidate behaviour or a job-posting smell. */
public record RedFlag(String id, String flag, String why, String advice, List<String> roles) {
  public RedFlag {
    roles = List.copyOf(roles);
  }
}
