package dev.aihire.compiled;

import dev.aihire.engine.recommend.RecommendIndex;
import dev.aihire.model.Knowledge;
import dev.aihire.model.ModelRelation;
import dev.aihire.model.Question;
import dev.aihire.model.QuizItem;
import dev.aihire.model.RedFlag;
import dev.aihire.model.Role;
import dev.aihire.model.Term;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The compiled form of validated knowledge: the model exactly as the YAML loader built it, plus
 * the recommender's index, in a compact binary read with plain array access. Reading it needs
 * neither Jackson nor SnakeYAML nor any normalisation, which is most of a start-up's work.
 *
 * <p>Layout: magic "AIHK", format, the code id of the build that wrote it, a key naming the
 * source (for a cache: its checksums), then {@link CompactOut}'s string table and body. A file
 * whose magic, format, code id or key differ is refused, never half-read.
 */
public final class KnowledgeCodec {
  static final int MAGIC = 0x4149484B; // "AIHK"
  static final int FORMAT = 2; // 2: the recommender index also holds the spelling corrections

  private KnowledgeCodec() {}

  public static byte[] encode(Knowledge k, RecommendIndex index, String codeId, String key) {
    CompactOut out = new CompactOut();
    out.varint(k.roles().size());
    for (Role r : k.roles()) {
      role(out, r);
    }
    out.varint(k.glossary().size());
    for (Term t : k.glossary()) {
      out.string(t.id());
      out.string(t.term());
      out.strings(t.aliases());
      out.string(t.definition());
      out.string(t.example());
      out.strings(t.related());
      out.strings(t.roles());
    }
    out.varint(k.redFlags().size());
    for (RedFlag f : k.redFlags()) {
      out.string(f.id());
      out.string(f.flag());
      out.string(f.why());
      out.string(f.advice());
      out.strings(f.roles());
    }
    out.varint(k.questions().size());
    for (Question q : k.questions()) {
      out.string(q.id());
      out.string(q.text());
      out.string(q.why());
      out.varint(q.answers().size());
      for (Question.Answer a : q.answers()) {
        out.string(a.text());
        out.varint(a.points().size());
        for (Map.Entry<String, Integer> p : a.points().entrySet()) {
          out.string(p.getKey());
          out.signed(p.getValue());
        }
      }
    }
    out.varint(k.quiz().size());
    for (QuizItem q : k.quiz()) {
      out.string(q.id());
      out.string(q.topic());
      out.string(q.question());
      out.strings(q.choices());
      out.signed(q.answer());
      out.string(q.explanation());
    }
    StaffingCodec.write(out, k.staffing());
    index.write(out);
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      DataOutputStream data = new DataOutputStream(bytes);
      data.writeInt(MAGIC);
      data.writeInt(FORMAT);
      data.writeUTF(codeId);
      data.writeUTF(key);
      out.finish(data);
      data.flush();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void role(CompactOut out, Role r) {
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
  }

  /**
   * The knowledge (with its recommender index attached), or a {@link CompactIn.CorruptException}
   * when the bytes are not a complete compiled file for this code id and key.
   */
  public static Knowledge decode(byte[] bytes, String codeId, String key) {
    CompactIn in = new CompactIn(bytes, 0, bytes.length);
    if (in.int32() != MAGIC || in.int32() != FORMAT) {
      throw new CompactIn.CorruptException("not compiled knowledge of this format");
    }
    if (!codeId.equals(utf(bytes, in)) || !key.equals(utf(bytes, in))) {
      throw new CompactIn.CorruptException("compiled by other code or from other content");
    }
    return body(bytes, in);
  }

  /** The code id a compiled file was written by, or null if it is not one. */
  public static String codeIdOf(byte[] bytes) {
    try {
      CompactIn in = new CompactIn(bytes, 0, bytes.length);
      return in.int32() == MAGIC && in.int32() == FORMAT ? utf(bytes, in) : null;
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static Knowledge body(byte[] bytes, CompactIn header) {
    int start = header.position();
    CompactIn in = new CompactIn(bytes, start, bytes.length);
    in.table();
    int n = in.count();
    List<Role> roles = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      roles.add(role(in));
    }
    n = in.count();
    List<Term> glossary = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      glossary.add(new Term(in.string(), in.string(), in.strings(), in.string(), in.string(),
          in.strings(), in.strings()));
    }
    n = in.count();
    List<RedFlag> flags = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      flags.add(new RedFlag(in.string(), in.string(), in.string(), in.string(), in.strings()));
    }
    n = in.count();
    List<Question> questions = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String id = in.string();
      String text = in.string();
      String why = in.string();
      int m = in.count();
      List<Question.Answer> answers = new ArrayList<>(m);
      for (int j = 0; j < m; j++) {
        String answer = in.string();
        int p = in.count();
        Map<String, Integer> points = new LinkedHashMap<>();
        for (int x = 0; x < p; x++) {
          points.put(in.text(), in.signed());
        }
        answers.add(new Question.Answer(answer, points));
      }
      questions.add(new Question(id, text, why, answers));
    }
    n = in.count();
    List<QuizItem> quiz = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      quiz.add(new QuizItem(in.string(), in.string(), in.string(), in.strings(), in.signed(),
          in.string()));
    }
    Knowledge k = new Knowledge(roles, glossary, flags, questions, quiz, StaffingCodec.read(in));
    RecommendIndex index = RecommendIndex.read(k, in);
    if (!in.atEnd()) {
      throw new CompactIn.CorruptException("bytes left over");
    }
    RecommendIndex.attach(k, index);
    return k;
  }

  private static Role role(CompactIn in) {
    String id = in.string();
    String name = in.string();
    List<String> aliases = in.strings();
    String summary = in.string();
    int relation = in.varint();
    if (relation >= ModelRelation.values().length) {
      throw new CompactIn.CorruptException("bad model relation");
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
    return new Role(id, name, aliases, summary, ModelRelation.values()[relation],
        responsibilities, skills, tools, goodSigns, redFlags, hireFor, wrong, confused, questions,
        signals);
  }

  /** A string written by DataOutput.writeUTF (modified UTF-8; ours are plain ASCII). */
  private static String utf(byte[] bytes, CompactIn in) {
    int at = in.position();
    if (bytes.length - at < 2) {
      throw new CompactIn.CorruptException("truncated header");
    }
    int len = ((bytes[at] & 0xFF) << 8) | (bytes[at + 1] & 0xFF);
    if (bytes.length - at - 2 < len) {
      throw new CompactIn.CorruptException("truncated header");
    }
    String s = new String(bytes, at + 2, len, java.nio.charset.StandardCharsets.ISO_8859_1);
    in.skip(2 + len);
    return s;
  }
}
