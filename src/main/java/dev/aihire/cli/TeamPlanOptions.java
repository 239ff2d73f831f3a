package dev.aihire.cli;

import dev.aihire.model.Stage;
import dev.aihire.render.Text;
import java.util.Locale;

/** The options of team's plan, checked: how many hires (0: the planner's choice), which stage. */
record TeamPlanOptions(int hires, Stage stage) {
  static final int MAX_HIRES = 10;

  /** From {@code --hires} and {@code --stage}, either of them null when not given. */
  static TeamPlanOptions of(Integer hires, String stage) {
    if (hires != null && (hires < 1 || hires > MAX_HIRES)) {
      throw AppException.usage("--hires must be from 1 to " + MAX_HIRES + ", not " + hires);
    }
    // In any case, as --format and --fail-on are read: "Startup" is no other stage.
    Stage chosen = stage == null ? null : Stage.fromId(stage.strip().toLowerCase(Locale.ROOT));
    if (stage != null && chosen == null) {
      throw AppException.usage(
          "--stage must be one of "
              + String.join(", ", Stage.ids())
              + ", not '"
              + Text.safe(stage)
              + "'");
    }
    return new TeamPlanOptions(hires == null ? 0 : hires, chosen);
  }
}
