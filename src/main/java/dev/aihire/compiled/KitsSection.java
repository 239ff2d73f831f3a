package dev.aihire.compiled;

import dev.aihire.compiled.binary.CompactIn;
import dev.aihire.compiled.binary.CompactOut;
import dev.aihire.model.Kit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The interview-kits section of compiled knowledge. */
final class KitsSection {
  static final String NAME = "kits";

  private KitsSection() {}

  static void write(Collection<Kit> kits, CompactOut out) {
    out.varint(kits.size());
    for (Kit k : kits) {
      out.string(k.role());
      out.varint(k.competencies().size());
      for (Kit.Competency c : k.competencies()) {
        out.string(c.name());
        out.string(c.covers());
        out.strings(c.levels());
      }
      out.bool(k.workSample() != null);
      if (k.workSample() != null) {
        out.string(k.workSample().task());
        out.strings(k.workSample().goodSubmission());
        out.string(k.workSample().timeBox());
      }
      out.varint(k.weakAnswers().size());
      for (Kit.WeakAnswer w : k.weakAnswers()) {
        out.string(w.question());
        out.string(w.answer());
      }
      out.varint(k.extraQuestions().size());
      for (Kit.ExtraQuestion q : k.extraQuestions()) {
        out.string(q.question());
        out.string(q.tests());
        out.string(q.strongAnswer());
        out.string(q.weakAnswer());
      }
    }
  }

  static List<Kit> read(CompactIn in) {
    int n = in.count();
    List<Kit> kits = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String role = in.text();
      int m = in.count();
      List<Kit.Competency> competencies = new ArrayList<>(m);
      for (int j = 0; j < m; j++) {
        competencies.add(new Kit.Competency(in.text(), in.text(), in.strings()));
      }
      Kit.WorkSample sample =
          in.bool() ? new Kit.WorkSample(in.text(), in.strings(), in.text()) : null;
      m = in.count();
      List<Kit.WeakAnswer> weak = new ArrayList<>(m);
      for (int j = 0; j < m; j++) {
        weak.add(new Kit.WeakAnswer(in.text(), in.text()));
      }
      m = in.count();
      List<Kit.ExtraQuestion> extra = new ArrayList<>(m);
      for (int j = 0; j < m; j++) {
        extra.add(new Kit.ExtraQuestion(in.text(), in.text(), in.text(), in.text()));
      }
      kits.add(new Kit(role, competencies, sample, weak, extra));
    }
    in.expectEnd();
    return kits;
  }
}
