package dev.aihire.knowledge;

import dev.aihire.model.Stage;
import dev.aihire.model.TeamPlanning;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Binds the {@code team:} section (docs/knowledge-format.md) into {@link TeamPlanning}. */
final class TeamBinder {
  private static final Set<String> TOP = Set.of("stages", "roles", "risks");
  private static final Set<String> CUE = Set.of("stage", "when");
  private static final Set<String> ROLE =
      Set.of("role", "needs_first", "then", "unlocks", "premature", "stages");
  private static final Set<String> NEED = Set.of("role", "when", "what");
  private static final Set<String> PREMATURE = Set.of("condition", "right_when", "right_after");
  private static final Set<String> RISK = Set.of("id", "has", "lacks", "when", "message");

  private final SectionReader read;

  TeamBinder(Binder binder) {
    this.read = new SectionReader(binder);
  }

  TeamPlanning bind(Node.Entry entry) {
    Fields f = read.section(entry, "team", TOP);
    if (f == null) {
      return TeamPlanning.empty();
    }
    return new TeamPlanning(
        f.list("stages", false, this::cue),
        f.list("roles", false, this::role),
        f.list("risks", false, this::risk));
  }

  private TeamPlanning.StageCue cue(Node n) {
    Fields f = read.fields(n, "team stage", CUE);
    if (f == null) {
      return null;
    }
    Stage stage = stage(f.string("stage"), f.entry("stage"));
    List<String> when = read.phrases(f, "when", true, "team stage: ");
    return stage == null ? null : new TeamPlanning.StageCue(stage, when);
  }

  private Stage stage(String id, Node.Entry at) {
    Stage stage = Stage.fromId(id);
    if (stage == null && !id.isEmpty()) {
      read.binder()
          .problem(
              at.value(),
              "team: stage '"
                  + id
                  + "' must be one of "
                  + String.join(", ", Stage.ids())
                  + Suggest.didYouMean(id, Stage.ids()));
    }
    return stage;
  }

  private TeamPlanning.RolePlan role(Node n) {
    Fields f = read.fields(n, "team role", ROLE);
    if (f == null) {
      return null;
    }
    String ctx = SectionReader.context("team role", f.map());
    String role = read.role(f, "role", ctx);
    read.unique("team role", role, f.map());
    TeamPlanning.Premature premature = null;
    if (f.has("premature")) {
      premature = premature(f.entry("premature").value(), ctx);
    }
    return new TeamPlanning.RolePlan(
        role,
        f.list("needs_first", false, x -> need(x, ctx)),
        f.strings("then", false),
        read.roles(f, "unlocks", false, ctx),
        premature,
        stageNotes(f.entry("stages"), ctx));
  }

  private TeamPlanning.Prerequisite need(Node n, String ctx) {
    Fields f = read.fields(n, ctx + "needs_first entry", NEED);
    if (f == null) {
      return null;
    }
    String role = read.optionalRole(f, "role", ctx + "needs_first ");
    List<String> when = read.phrases(f, "when", false, ctx + "needs_first: ");
    if (role == null && !when.isEmpty()) {
      read.binder()
          .problem(
              f.entry("when").value(),
              ctx
                  + "needs_first: 'when' needs a 'role'"
                  + " to hire first; without one, give only 'what'");
    }
    return new TeamPlanning.Prerequisite(role, when, f.string("what"));
  }

  private TeamPlanning.Premature premature(Node n, String ctx) {
    Fields f = read.fields(n, ctx + "premature", PREMATURE);
    if (f == null) {
      return null;
    }
    List<String> when = read.phrases(f, "right_when", false, ctx + "premature: ");
    List<String> after = read.roles(f, "right_after", false, ctx + "premature ");
    if (when.isEmpty() && after.isEmpty()) {
      read.binder()
          .problem(
              f.map(),
              ctx
                  + "premature: give 'right_when' phrases or"
                  + " 'right_after' roles, or the hire could never be right");
    }
    return new TeamPlanning.Premature(f.string("condition"), when, after);
  }

  private Map<Stage, String> stageNotes(Node.Entry entry, String ctx) {
    Map<Stage, String> notes = new EnumMap<>(Stage.class);
    if (entry == null) {
      return notes;
    }
    if (!(entry.value() instanceof Node.MapNode map)) {
      read.binder()
          .problem(
              entry.value(),
              ctx
                  + "'stages' must be a mapping of stage to note,"
                  + " not "
                  + entry.value().kind());
      return notes;
    }
    for (Node.Entry e : map.entries().values()) {
      Stage stage = stage(e.key(), e);
      String note = read.binder().text(e.value(), ctx + "stage note '" + e.key() + "'");
      if (stage != null) {
        notes.put(stage, note);
      }
    }
    return notes;
  }

  private TeamPlanning.Risk risk(Node n) {
    Fields f = read.fields(n, "team risk", RISK);
    if (f == null) {
      return null;
    }
    String ctx = SectionReader.context("team risk", f.map());
    String id = read.id(f, "team risk", ctx);
    List<String> has = read.roles(f, "has", false, ctx);
    List<String> lacks = read.roles(f, "lacks", false, ctx);
    List<String> when = read.phrases(f, "when", false, ctx);
    if (has.isEmpty() && lacks.isEmpty() && when.isEmpty()) {
      read.binder().problem(f.map(), ctx + "give at least one of 'has', 'lacks' or 'when'");
    }
    return new TeamPlanning.Risk(id, has, lacks, when, f.string("message"));
  }
}
