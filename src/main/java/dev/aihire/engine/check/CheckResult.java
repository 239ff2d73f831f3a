package dev.aihire.engine.check;

import java.util.List;

/** The audit of one posting: title, the two roles (null: none), the verdict and the findings. */
public record CheckResult(
    String title, String titleRole, String dutiesRole, Verdict verdict, List<Finding> findings) {
  public CheckResult {
    findings = List.copyOf(findings);
  }
}
