package dev.aihire.engine.recommend;

import dev.aihire.model.Knowledge;
import dev.aihire.model.NotAHire;
import dev.aihire.model.Role;
import dev.aihire.model.Term;
import dev.aihire.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Every signal phrase of every role, normalised and indexed by its first word, so that matching a
 * need costs one hash look-up per word of the need, whatever the number of roles.
 *
 * <p>Three sources feed it: the roles' own signals; each signal again in every spelling the
 * glossary knows for a term inside it ("rag" also as "retrieval augmented generation"); and the
 * role's own names and aliases ("a data engineer"), which are strong evidence when a need names the
 * job.
 */
public final class SignalIndex {
  /**
   * Weight of a role's own name or alias said (in the singular) in a need: a posting that says "as
   * a Data Analyst you will…" names its job more directly than any duty, so a title counts as two
   * decisive signals. When the duties say otherwise, the answer says so (titleMismatch).
   */
  static final int NAME_WEIGHT = 10;

  /**
   * One phrase to look for. {@code signal} is the knowledge phrase it stands for; {@code title}
   * marks a role's own name or alias.
   */
  public record Pattern(String[] stems, int role, int weight, String signal, boolean title) {
    boolean selfNegating() {
      for (String s : stems) {
        if (Normalizer.isNegator(s)) {
          return true;
        }
      }
      return false;
    }
  }

  private final Map<String, List<Pattern>> byFirst;
  private final SpellFix spelling;
  private final List<Role> roles;
  private int size;

  SignalIndex(Knowledge knowledge) {
    this(knowledge, new StemMemo());
  }

  /** The index of this knowledge, its texts stemmed through {@code memo}. */
  SignalIndex(Knowledge knowledge, StemMemo memo) {
    this(knowledge, memo, true);
  }

  /**
   * As above; without {@code glossaryWords}, the words of the glossary's definitions and examples
   * are left out of the spelling vocabulary, for {@link #addVocabulary} of {@link
   * #glossaryVocabulary} (made elsewhere, on another thread).
   */
  SignalIndex(Knowledge knowledge, StemMemo memo, boolean glossaryWords) {
    this.roles = knowledge.roles();
    this.byFirst = new HashMap<>();
    this.spelling = new SpellFix();
    GlossaryVariants variants = new GlossaryVariants(knowledge.glossary());
    if (glossaryWords) {
      addVocabulary(glossaryVocabulary(knowledge, memo));
    }
    for (int r = 0; r < roles.size(); r++) {
      Role role = roles.get(r);
      // Phrases are told apart by their stems as lists: a stem has no spaces, so that is the same
      // as comparing the stems joined by spaces, without making 300,000 joined strings.
      Set<List<String>> own = new HashSet<>();
      for (Role.Signal s : role.signals()) {
        own.add(memo.of(s.phrase()));
      }
      Set<List<String>> added = new HashSet<>();
      for (Role.Signal s : role.signals()) {
        List<String> stems = memo.of(s.phrase());
        add(stems, r, s.weight(), s.phrase(), added, false);
        for (List<String> variant : variants.of(stems)) {
          // A role's explicit signal for a spelling wins over a derived one.
          if (!own.contains(variant)) {
            add(variant, r, s.weight(), s.phrase(), added, false);
          }
        }
      }
      for (String text : profileTexts(role)) {
        for (String stem : memo.of(text)) {
          spelling.addVocabulary(stem);
        }
      }
      List<String> names = new ArrayList<>(role.aliases());
      names.add(role.name());
      for (String name : names) {
        List<String> stems = memo.of(name);
        if (!own.contains(stems)) {
          add(stems, r, NAME_WEIGHT, name, added, true);
        }
      }
    }
    // Phrases of jobs that are not AI or data hires, owned after the roles: found like signals,
    // so "iOS developer" or "sales pipeline" is evidence that the need is another kind of job.
    List<NotAHire> others = knowledge.notAHire();
    for (int k = 0; k < others.size(); k++) {
      Set<List<String>> added = new HashSet<>();
      for (String phrase : others.get(k).signals()) {
        // Marked as titles: "our lawyers", "the sales reps" are colleagues, not the hire.
        add(memo.of(phrase), roles.size() + k, 1, phrase, added, true);
      }
    }
  }

  /** The stems of the glossary's definitions and examples, which are spelled as meant. */
  static List<String> glossaryVocabulary(Knowledge knowledge, StemMemo memo) {
    List<String> words = new ArrayList<>();
    for (Term t : knowledge.glossary()) {
      for (String stem : memo.of(t.definition())) {
        words.add(stem);
      }
      for (String stem : memo.of(t.example())) {
        words.add(stem);
      }
    }
    return words;
  }

  /** Words the spelling corrector is to take as spelled as meant. */
  void addVocabulary(List<String> words) {
    for (String w : words) {
      spelling.addVocabulary(w);
    }
  }

  private static List<String> profileTexts(Role r) {
    // Everything the knowledge says of the role: its profile and the rest of its prose.
    List<String> texts = ProfileIndex.describing(r);
    texts.addAll(r.redFlags());
    for (Role.WrongHire w : r.wrongHireWhen()) {
      texts.add(w.situation());
    }
    for (Role.InterviewQuestion q : r.interviewQuestions()) {
      texts.add(q.question());
      texts.add(q.strongAnswer());
    }
    return texts;
  }

  private void add(
      List<String> stems,
      int role,
      int weight,
      String signal,
      Set<List<String>> added,
      boolean title) {
    if (stems.isEmpty() || !added.add(stems)) {
      return;
    }
    for (String stem : stems) {
      spelling.add(stem);
    }
    byFirst
        .computeIfAbsent(stems.get(0), k -> new ArrayList<>())
        .add(new Pattern(stems.toArray(String[]::new), role, weight, signal, title));
    size++;
  }

  /**
   * An index read back from storage: the patterns under their first words, and spellings. The map
   * is kept as it is (it may decode an entry on its first look-up).
   */
  SignalIndex(List<Role> roles, Map<String, List<Pattern>> byFirst, int size, SpellFix spelling) {
    this.roles = roles;
    this.byFirst = byFirst;
    this.size = size;
    this.spelling = spelling;
  }

  /** The patterns by first word, in word order: what storage keeps of this index. */
  public SortedMap<String, List<Pattern>> patternsByFirstWord() {
    return new TreeMap<>(byFirst);
  }

  SpellFix spelling() {
    return spelling;
  }

  /** The word as the knowledge spells it, when the need has a one-letter typo in it. */
  String spelled(String stem) {
    String fixed = spelling.correct(stem);
    return fixed == null ? stem : fixed;
  }

  List<Pattern> startingWith(String stem) {
    return byFirst.getOrDefault(stem, List.of());
  }

  List<Role> roles() {
    return roles;
  }

  int size() {
    return size;
  }
}
