package dev.aihire.compiled;

import dev.aihire.compiled.binary.CompactIn;
import dev.aihire.compiled.binary.CompactOut;
import dev.aihire.compiled.binary.CorruptException;
import dev.aihire.model.ModelRelation;
import dev.aihire.model.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The roles section of compiled knowledge: every field of every role, in knowledge order. */
final class RolesSection {
  static final String NAME = "roles";

  private RolesSection() {}

  static void write(List<Role> roles, CompactOut out) {
    ListSection.write(roles, Role::id, RolesSection::role, out);
  }

  /** The roles, each decoded when first read. */
  static List<Role> read(CompactIn in) {
    return ListSection.read(in, READER);
  }

  // a class, not a method reference: see ListSection.read
  private static final Function<CompactIn, Role> READER =
      new Function<>() {
        @Override
        public Role apply(CompactIn in) {
          return role(in);
        }
      };

  static void role(Role r, CompactOut out) {
    out.string(r.id());
    out.string(r.name());
    out.strings(r.aliases());
    out.string(r.summary());
    out.varint(r.modelRelation().ordinal());
    out.strings(r.responsibilities());
    out.strings(r.skills());
    out.strings(r.tools());
    out.strings(r.goodSigns());
    out.strings(r.redFlags());
    out.strings(r.hireFor());
    out.varint(r.wrongHireWhen().size());
    for (Role.WrongHire w : r.wrongHireWhen()) {
      out.string(w.situation());
      out.string(w.instead());
    }
    out.varint(r.confusedWith().size());
    for (Role.Confusion c : r.confusedWith()) {
      out.string(c.role());
      out.string(c.difference());
    }
    out.varint(r.interviewQuestions().size());
    for (Role.InterviewQuestion q : r.interviewQuestions()) {
      out.string(q.question());
      out.string(q.tests());
      out.string(q.strongAnswer());
    }
    out.varint(r.signals().size());
    for (Role.Signal s : r.signals()) {
      out.string(s.phrase());
      out.signed(s.weight());
    }
    out.strings(r.titleNotes());
  }

  static Role role(CompactIn in) {
    String id = in.string();
    String name = in.string();
    List<String> aliases = in.strings();
    String summary = in.string();
    int relation = in.varint();
    if (relation >= ModelRelation.values().length) {
      throw new CorruptException("bad model relation");
    }
    List<String> responsibilities = in.strings();
    List<String> skills = in.strings();
    List<String> tools = in.strings();
    List<String> goodSigns = in.strings();
    List<String> redFlags = in.strings();
    List<String> hireFor = in.strings();
    int n = in.count();
    List<Role.WrongHire> wrong = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      wrong.add(new Role.WrongHire(in.string(), in.string()));
    }
    n = in.count();
    List<Role.Confusion> confused = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      confused.add(new Role.Confusion(in.string(), in.string()));
    }
    n = in.count();
    List<Role.InterviewQuestion> questions = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      questions.add(new Role.InterviewQuestion(in.string(), in.string(), in.string()));
    }
    n = in.count();
    List<Role.Signal> signals = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      signals.add(new Role.Signal(in.text(), in.signed()));
    }
    List<String> titleNotes = in.strings();
    return new Role(
        id,
        name,
        aliases,
        summary,
        ModelRelation.values()[relation],
        responsibilities,
        skills,
        tools,
        goodSigns,
        redFlags,
        hireFor,
        wrong,
        confused,
        questions,
        signals,
        titleNotes);
  }
}
