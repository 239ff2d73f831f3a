package dev.aihire.cli;

import dev.aihire.engine.quiz.Topic;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** --topic values of the quiz; {@code red-flags} is not a Java name, hence toString. */
enum QuizTopic {
  roles(EnumSet.of(Topic.ROLES)),
  glossary(EnumSet.of(Topic.GLOSSARY)),
  red_flags(EnumSet.of(Topic.RED_FLAGS)) {
    @Override
    public String toString() {
      return "red-flags";
    }
  },
  all(EnumSet.allOf(Topic.class));

  final Set<Topic> topics;

  QuizTopic(Set<Topic> topics) {
    this.topics = topics;
  }

  /** The values as typed: roles, glossary, red-flags, all. */
  static List<String> names() {
    return Arrays.stream(values()).map(QuizTopic::toString).toList();
  }

  /** Picocli's own enum message would list both red_flags and red-flags. */
  static final class Converter implements ITypeConverter<QuizTopic> {
    @Override
    public QuizTopic convert(String value) {
      for (QuizTopic t : QuizTopic.values()) {
        if (t.toString().equalsIgnoreCase(value.strip())) {
          return t;
        }
      }
      throw new TypeConversionException(
          "expected one of " + String.join(", ", names()) + ", not '" + value + "'");
    }
  }
}
