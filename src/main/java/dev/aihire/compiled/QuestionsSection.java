package dev.aihire.compiled;

import dev.aihire.compiled.binary.CompactIn;
import dev.aihire.compiled.binary.CompactOut;
import dev.aihire.model.Question;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** The interview-questions section of compiled knowledge. */
final class QuestionsSection {
  static final String NAME = "questions";

  private QuestionsSection() {}

  static void write(List<Question> items, CompactOut out) {
    ListSection.write(items, Question::id, QuestionsSection::item, out);
  }

  /** The items, each decoded when first read. */
  static List<Question> read(CompactIn in) {
    return ListSection.read(in, READER);
  }

  // a class, not a method reference: see ListSection.read
  private static final Function<CompactIn, Question> READER =
      new Function<>() {
        @Override
        public Question apply(CompactIn in) {
          return item(in);
        }
      };

  private static void item(Question q, CompactOut out) {
    out.string(q.id());
    out.string(q.text());
    out.string(q.why());
    out.varint(q.answers().size());
    for (Question.Answer a : q.answers()) {
      out.string(a.text());
      // Sorted by role id: the model's map has no stable order (Map.copyOf), the file must.
      Map<String, Integer> points = new TreeMap<>(a.points());
      out.varint(points.size());
      for (Map.Entry<String, Integer> p : points.entrySet()) {
        out.string(p.getKey());
        out.signed(p.getValue());
      }
    }
  }

  private static Question item(CompactIn in) {
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
    return new Question(id, text, why, answers);
  }
}
