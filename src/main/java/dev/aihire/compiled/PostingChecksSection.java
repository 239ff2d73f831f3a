package dev.aihire.compiled;

import dev.aihire.compiled.binary.CompactIn;
import dev.aihire.compiled.binary.CompactOut;
import dev.aihire.model.PostingChecks;
import java.util.ArrayList;
import java.util.List;

/** The posting-checks section of compiled knowledge. */
final class PostingChecksSection {
  static final String NAME = "posting_checks";

  private PostingChecksSection() {}

  static void write(PostingChecks c, CompactOut out) {
    out.varint(c.phrases().size());
    for (PostingChecks.PhraseCheck p : c.phrases()) {
      out.string(p.kind());
      out.strings(p.phrases());
      out.string(p.message());
      out.string(p.change());
      out.strings(p.roles());
      out.strings(p.unless());
    }
    out.varint(c.codedWords().size());
    for (PostingChecks.CodedWords w : c.codedWords()) {
      out.string(w.kind());
      out.strings(w.stems());
      out.varint(w.atLeast());
      out.string(w.message());
      out.string(w.change());
    }
    PostingChecks.TechnologyAges ages = c.technologies();
    out.bool(ages != null);
    if (ages != null) {
      out.string(ages.kind());
      out.string(ages.message());
      out.string(ages.change());
      out.varint(ages.list().size());
      for (PostingChecks.Technology t : ages.list()) {
        out.string(t.name());
        out.strings(t.phrases());
        out.varint(t.since());
      }
    }
    PostingChecks.ToolList tools = c.toolList();
    out.bool(tools != null);
    if (tools != null) {
      out.string(tools.kind());
      out.varint(tools.atLeast());
      out.strings(tools.tools());
      out.string(tools.message());
      out.string(tools.change());
    }
    out.strings(c.boilerplate().headings());
    out.strings(c.boilerplate().phrases());
    out.strings(c.leadershipTitles());
  }

  static PostingChecks read(CompactIn in) {
    int n = in.count();
    List<PostingChecks.PhraseCheck> phrases = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      phrases.add(
          new PostingChecks.PhraseCheck(
              in.text(), in.strings(), in.text(), in.text(), in.strings(), in.strings()));
    }
    n = in.count();
    List<PostingChecks.CodedWords> coded = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      coded.add(
          new PostingChecks.CodedWords(in.text(), in.strings(), in.varint(), in.text(), in.text()));
    }
    PostingChecks.TechnologyAges ages = null;
    if (in.bool()) {
      String kind = in.text();
      String message = in.text();
      String change = in.text();
      int m = in.count();
      List<PostingChecks.Technology> list = new ArrayList<>(m);
      for (int i = 0; i < m; i++) {
        list.add(new PostingChecks.Technology(in.text(), in.strings(), in.varint()));
      }
      ages = new PostingChecks.TechnologyAges(kind, message, change, list);
    }
    PostingChecks.ToolList tools =
        in.bool()
            ? new PostingChecks.ToolList(in.text(), in.varint(), in.strings(), in.text(), in.text())
            : null;
    PostingChecks.Boilerplate boilerplate =
        new PostingChecks.Boilerplate(in.strings(), in.strings());
    PostingChecks checks =
        new PostingChecks(phrases, coded, ages, tools, boilerplate, in.strings());
    in.expectEnd();
    return checks;
  }
}
