package dev.aihire.cli;

import dev.aihire.engine.team.AuditReport;
import dev.aihire.engine.team.TeamAuditor;
import dev.aihire.render.AuditRenderer;
import java.io.IOException;
import java.util.List;

/** {@code team --audit}: the team a person describes, audited against the work it mentions. */
final class TeamAudit {
  private TeamAudit() {}

  /** Reads the team from {@code words} (or stdin for '-') and emits its audit. */
  static int run(Context ctx, List<String> words) throws IOException {
    String description =
        TextArgument.read(
            ctx, words, "team", "aihire team --audit \"2 data scientists, no data engineers\"");
    AuditReport report = new TeamAuditor(ctx.knowledge()).audit(description);
    if (report.team().isEmpty()) {
      throw AppException.usage(
          "no roles found in the team description; name them with counts,"
              + " e.g. \"3 data scientists, 1 ML engineer, no data engineers\" ('aihire roles'"
              + " lists the names)");
    }
    AuditRenderer renderer = new AuditRenderer(ctx.style(), ctx.width(), ctx.knowledge());
    ctx.emit(renderer.json(report), out -> renderer.render(report, out));
    return ExitCode.OK;
  }
}
