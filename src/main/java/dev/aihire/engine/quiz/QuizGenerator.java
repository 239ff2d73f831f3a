package dev.aihire.engine.quiz;

import dev.aihire.model.Knowledge;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Deals a quiz from the knowledge. Pure: the only randomness is a {@link Random} seeded by the
 * caller, so a seed always gives the same quiz (for the same knowledge, count and topics).
 */
public final class QuizGenerator {
  private final Knowledge k;

  public QuizGenerator(Knowledge k) {
    this.k = k;
  }

  /**
   * Up to {@code count} distinct questions on {@code topics}. Kinds take turns in a shuffled order,
   * so ten questions mix kinds instead of being ten glossary look-ups (the glossary alone has more
   * entries than all other kinds together). A shorter quiz is a prefix of a longer one.
   */
  public Quiz generate(long seed, int count, Set<Topic> topics) {
    Random rnd = new Random(seed);
    Map<Kind, List<Candidate>> byKind = new EnumMap<>(Kind.class);
    for (Candidate c : candidates()) {
      if (topics.contains(c.topic())) {
        byKind.computeIfAbsent(c.kind(), x -> new ArrayList<>()).add(c);
      }
    }
    List<Deque<Candidate>> queues = new ArrayList<>();
    for (List<Candidate> list : byKind.values()) {
      Collections.shuffle(list, rnd);
      queues.add(new ArrayDeque<>(list));
    }
    Collections.shuffle(queues, rnd);

    List<QuizQuestion> questions = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    while (questions.size() < count && queues.stream().anyMatch(q -> !q.isEmpty())) {
      for (Deque<Candidate> queue : queues) {
        if (questions.size() == count || queue.isEmpty()) {
          continue;
        }
        QuizQuestion q = queue.poll().build().apply(rnd);
        // Two roles may share a sentence: the same question text is still asked only once.
        if (q != null && seen.add(Choices.norm(q.question()))) {
          questions.add(q);
        }
      }
    }
    return new Quiz(seed, questions);
  }

  private List<Candidate> candidates() {
    List<Candidate> all = new ArrayList<>();
    all.addAll(new RoleQuestions(k).candidates());
    all.addAll(new SignQuestions(k).candidates());
    all.addAll(new TermQuestions(k).candidates());
    all.addAll(new HandWritten(k).candidates());
    return all;
  }
}
