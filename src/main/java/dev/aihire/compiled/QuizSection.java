package dev.aihire.compiled;

import dev.aihire.compiled.binary.CompactIn;
import dev.aihire.compiled.binary.CompactOut;
import dev.aihire.model.QuizItem;
import java.util.ArrayList;
import java.util.List;

/** The quiz section of compiled knowledge. */
final class QuizSection {
  static final String NAME = "quiz";

  private QuizSection() {}

  static void write(List<QuizItem> quiz, CompactOut out) {
    out.varint(quiz.size());
    for (QuizItem q : quiz) {
      out.string(q.id());
      out.string(q.topic());
      out.string(q.question());
      out.strings(q.choices());
      out.signed(q.answer());
      out.string(q.explanation());
    }
  }

  static List<QuizItem> read(CompactIn in) {
    int n = in.count();
    List<QuizItem> quiz = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      quiz.add(new QuizItem(in.string(), in.string(), in.string(), in.strings(), in.signed(),
          in.string()));
    }
    in.expectEnd();
    return quiz;
  }
}
