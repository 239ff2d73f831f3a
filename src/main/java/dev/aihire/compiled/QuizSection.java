package dev.aihire.compiled;

import dev.aihire.compiled.binary.CompactIn;
import dev.aihire.compiled.binary.CompactOut;
import dev.aihire.model.QuizItem;
import java.util.List;
import java.util.function.Function;

/** The quiz section of compiled knowledge. */
final class QuizSection {
  static final String NAME = "quiz";

  private QuizSection() {}

  static void write(List<QuizItem> items, CompactOut out) {
    ListSection.write(items, QuizItem::id, QuizSection::item, out);
  }

  /** The items, each decoded when first read. */
  static List<QuizItem> read(CompactIn in) {
    return ListSection.read(in, READER);
  }

  // a class, not a method reference: see ListSection.read
  private static final Function<CompactIn, QuizItem> READER =
      new Function<>() {
        @Override
        public QuizItem apply(CompactIn in) {
          return item(in);
        }
      };

  private static void item(QuizItem q, CompactOut out) {
    out.string(q.id());
    out.string(q.topic());
    out.string(q.question());
    out.strings(q.choices());
    out.signed(q.answer());
    out.string(q.explanation());
  }

  private static QuizItem item(CompactIn in) {
    return new QuizItem(
        in.string(), in.string(), in.string(), in.strings(), in.signed(), in.string());
  }
}
