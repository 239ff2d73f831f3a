package dev.aihire.compiled;

import dev.aihire.compiled.binary.CompactIn;
import dev.aihire.compiled.binary.CompactOut;
import dev.aihire.compiled.binary.CorruptException;
import dev.aihire.model.Incident;
import dev.aihire.model.Staffing;
import dev.aihire.model.Stage;
import dev.aihire.model.TeamAudit;
import dev.aihire.model.TeamPlanning;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The team, team_audit and incidents sections of compiled knowledge, in one section because the
 * model keeps them together ({@link Staffing}).
 */
final class StaffingSection {
  static final String NAME = "staffing";

  private StaffingSection() {}

  static void write(Staffing s, CompactOut out) {
    TeamPlanning team = s.team();
    list(
        out,
        team.stages(),
        c -> {
          out.varint(c.stage().ordinal());
          out.strings(c.when());
        });
    list(
        out,
        team.roles(),
        r -> {
          out.string(r.role());
          list(
              out,
              r.needsFirst(),
              p -> {
                out.string(p.role());
                out.strings(p.when());
                out.string(p.what());
              });
          out.strings(r.then());
          out.strings(r.unlocks());
          out.bool(r.premature() != null);
          if (r.premature() != null) {
            out.string(r.premature().condition());
            out.strings(r.premature().rightWhen());
            out.strings(r.premature().rightAfter());
          }
          out.varint(r.stageNotes().size());
          for (Stage stage : Stage.values()) { // enum order: the same bytes every build
            if (r.stageNotes().containsKey(stage)) {
              out.varint(stage.ordinal());
              out.string(r.stageNotes().get(stage));
            }
          }
        });
    list(
        out,
        team.risks(),
        r -> {
          out.string(r.id());
          out.strings(r.has());
          out.strings(r.lacks());
          out.strings(r.when());
          out.string(r.message());
        });
    TeamAudit audit = s.teamAudit();
    list(
        out,
        audit.names(),
        n -> {
          out.string(n.role());
          out.strings(n.names());
        });
    out.varint(audit.numbers().size());
    audit.numbers().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e -> {
              out.string(e.getKey());
              out.varint(e.getValue());
            });
    list(
        out,
        audit.needs(),
        n -> {
          out.string(n.role());
          out.strings(n.when());
          out.varint(n.urgency());
          out.string(n.because());
        });
    list(
        out,
        audit.balance(),
        b -> {
          out.string(b.role());
          out.strings(b.per());
          out.varint(b.atMost());
          out.string(b.because());
        });
    list(
        out,
        s.incidents(),
        i -> {
          out.string(i.id());
          out.string(i.name());
          out.strings(i.symptoms());
          out.strings(i.owners());
          out.strings(i.checks());
          out.string(i.explanation());
        });
  }

  static Staffing read(CompactIn in) {
    List<TeamPlanning.StageCue> stages =
        list(in, x -> new TeamPlanning.StageCue(stage(in.varint()), in.strings()));
    List<TeamPlanning.RolePlan> roles =
        list(
            in,
            x -> {
              String role = in.text();
              List<TeamPlanning.Prerequisite> needs =
                  list(
                      in, y -> new TeamPlanning.Prerequisite(in.string(), in.strings(), in.text()));
              List<String> then = in.strings();
              List<String> unlocks = in.strings();
              TeamPlanning.Premature premature =
                  in.bool()
                      ? new TeamPlanning.Premature(in.text(), in.strings(), in.strings())
                      : null;
              int n = in.count();
              Map<Stage, String> notes = new EnumMap<>(Stage.class);
              for (int i = 0; i < n; i++) {
                notes.put(stage(in.varint()), in.text());
              }
              return new TeamPlanning.RolePlan(role, needs, then, unlocks, premature, notes);
            });
    List<TeamPlanning.Risk> risks =
        list(
            in,
            x ->
                new TeamPlanning.Risk(
                    in.text(), in.strings(), in.strings(), in.strings(), in.text()));
    List<TeamAudit.Names> names = list(in, x -> new TeamAudit.Names(in.text(), in.strings()));
    int n = in.count();
    Map<String, Integer> numbers = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      numbers.put(in.text(), in.varint());
    }
    List<TeamAudit.Need> needs =
        list(in, x -> new TeamAudit.Need(in.text(), in.strings(), in.varint(), in.text()));
    List<TeamAudit.Balance> balance =
        list(in, x -> new TeamAudit.Balance(in.text(), in.strings(), in.varint(), in.text()));
    List<Incident> incidents =
        list(
            in,
            x ->
                new Incident(
                    in.text(), in.text(), in.strings(), in.strings(), in.strings(), in.text()));
    in.expectEnd();
    return new Staffing(
        new TeamPlanning(stages, roles, risks),
        new TeamAudit(names, numbers, needs, balance),
        incidents);
  }

  private static Stage stage(int ordinal) {
    if (ordinal >= Stage.values().length) {
      throw new CorruptException("bad stage " + ordinal);
    }
    return Stage.values()[ordinal];
  }

  private interface Writer<T> {
    void write(T item);
  }

  private static <T> void list(CompactOut out, List<T> items, Writer<T> each) {
    out.varint(items.size());
    items.forEach(each::write);
  }

  private static <T> List<T> list(CompactIn in, Function<Integer, T> each) {
    int n = in.count();
    List<T> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(each.apply(i));
    }
    return out;
  }
}
