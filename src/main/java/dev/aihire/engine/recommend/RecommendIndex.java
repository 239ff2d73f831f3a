package dev.aihire.engine.recommend;

import dev.aihire.model.Knowledge;
import dev.aihire.model.NotAHireKind;
import dev.aihire.model.Role;
import dev.aihire.semantic.Embedder;
import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Everything the recommender derives from the knowledge before it answers: the signal phrases by
 * first word, the spelling corrections and the profile words by word. Building it normalises every
 * phrase of every role; the storage layer (dev.aihire.compiled) keeps it ready-made, as plain data
 * ({@link #signalPatterns} and the rest), so a start-up only reads it back.
 */
public final class RecommendIndex {
  /** A role (by position) whose knowledge says: in this situation, hire that other role. */
  public record Avoidance(int role, String situation) {}

  final SignalIndex signals;
  final ProfileIndex profiles;

  /** By the role to hire instead: the roles that say so, each with its first such situation. */
  final Map<String, List<Avoidance>> avoidances;

  final SemanticIndex semantic;

  private RecommendIndex(
      SignalIndex signals,
      ProfileIndex profiles,
      Map<String, List<Avoidance>> avoidances,
      SemanticIndex semantic) {
    this.signals = signals;
    this.profiles = profiles;
    this.avoidances = avoidances;
    this.semantic = semantic;
  }

  public static RecommendIndex build(Knowledge knowledge) {
    return build(knowledge, Embedder.bundled());
  }

  /**
   * The index of this knowledge, its sentences embedded by {@code embedder}. The semantic part (the
   * larger half on a big knowledge file: every sentence embedded, the discriminant fitted) is built
   * on a second thread beside the phrase indexes, which do not depend on it: the first answer from
   * a new file waits for the longer of the two, not their sum.
   */
  public static RecommendIndex build(Knowledge knowledge, Embedder embedder) {
    return build(knowledge, new SemanticBuild(knowledge, embedder, false, null).start(false));
  }

  /**
   * Starts the semantic part of this knowledge's index on its own thread now, for a {@link
   * #build(Knowledge, SemanticBuild)} later: a loader can start it once the knowledge is bound and
   * check the knowledge meanwhile. Started that far ahead, it is often done before the phrase
   * index, so the same thread then builds the profile index too (with stems of its own), stems the
   * glossary's prose for the spelling vocabulary, and runs {@code then} (the storage layer's
   * encoding of the knowledge's own sections): a core that would otherwise idle. Whichever of these
   * it has not begun when the phrase index is done, the thread that built that one takes. The
   * thread is a daemon: knowledge that then fails its checks leaves it to end with the process.
   */
  public static SemanticBuild startSemantic(Knowledge knowledge, Runnable then) {
    return new SemanticBuild(knowledge, Embedder.bundled(), true, then).start(true);
  }

  /** The index of this knowledge, its semantic part from {@code semantic} (started for it). */
  public static RecommendIndex build(Knowledge knowledge, SemanticBuild semantic) {
    if (semantic.knowledge != knowledge) {
      throw new IllegalArgumentException("a semantic index started for other knowledge");
    }
    StemMemo stems = new StemMemo();
    SignalIndex signals = new SignalIndex(knowledge, stems, !semantic.profilesToo);
    ProfileIndex profiles = semantic.profilesToo ? null : new ProfileIndex(knowledge, stems);
    Map<String, List<Avoidance>> avoidances = avoidances(knowledge.roles());
    // What the second thread was to do after the semantic index and has not begun is done here:
    // which thread finishes first varies from run to run (by a second or two on a busy machine),
    // and this one would otherwise wait idle. Its stems serve again.
    semantic.runTasksLeft(stems);
    SemanticIndex built = semantic.await();
    if (semantic.profilesToo) {
      signals.addVocabulary(semantic.glossaryWords);
    }
    return new RecommendIndex(
        signals, profiles == null ? semantic.profiles : profiles, avoidances, built);
  }

  /** {@link SemanticIndex#build} run on its own thread; its failure is rethrown to the caller. */
  public static final class SemanticBuild implements Runnable {
    private final Knowledge knowledge;
    private final Embedder embedder;
    private final boolean profilesToo;
    private final Runnable then;
    private Worker worker;
    private SemanticIndex built;
    private ProfileIndex profiles;
    private List<String> glossaryWords;

    /** How many of the {@link #TASKS} after the semantic index a thread has taken, in order. */
    private final AtomicInteger taken = new AtomicInteger();

    private static final int TASKS = 3;

    SemanticBuild(Knowledge knowledge, Embedder embedder, boolean profilesToo, Runnable then) {
      this.knowledge = knowledge;
      this.embedder = embedder;
      this.profilesToo = profilesToo;
      this.then = then;
    }

    SemanticBuild start(boolean daemon) {
      worker = Worker.start("aihire-semantic-index", daemon, this);
      return this;
    }

    @Override
    public void run() {
      built = SemanticIndex.build(knowledge, embedder);
      runTasksLeft(new StemMemo());
    }

    /**
     * Runs, on the calling thread, each task after the semantic index that no thread has taken yet,
     * in order: the profile index, the glossary's words (both when {@code profilesToo}), then
     * {@code then}. Both threads call it, each with stems of its own; each task runs once.
     */
    void runTasksLeft(StemMemo stems) {
      for (int task = taken.getAndIncrement(); task < TASKS; task = taken.getAndIncrement()) {
        switch (task) {
          case 0 -> {
            if (profilesToo) {
              profiles = new ProfileIndex(knowledge, stems);
            }
          }
          case 1 -> {
            if (profilesToo) {
              glossaryWords = SignalIndex.glossaryVocabulary(knowledge, stems);
            }
          }
          default -> {
            if (then != null) {
              then.run();
            }
          }
        }
      }
    }

    /** The index, once the thread has ended. */
    SemanticIndex await() {
      worker.await();
      return built;
    }
  }

  private static Map<String, List<Avoidance>> avoidances(List<Role> roles) {
    Map<String, List<Avoidance>> insteadOf = new HashMap<>();
    for (int r = 0; r < roles.size(); r++) {
      Set<String> said = new HashSet<>();
      for (Role.WrongHire w : roles.get(r).wrongHireWhen()) {
        if (said.add(w.instead())) {
          insteadOf
              .computeIfAbsent(w.instead(), k -> new ArrayList<>())
              .add(new Avoidance(r, w.situation()));
        }
      }
    }
    return insteadOf;
  }

  /**
   * An index from the parts storage kept of one built for this knowledge. The maps and lists are
   * used as they are, not copied: storage may hand out views that decode an entry when it is first
   * looked up, so a need pays for its own words only.
   */
  public static RecommendIndex of(
      Knowledge knowledge,
      Map<String, List<SignalIndex.Pattern>> signalPatterns,
      int patternCount,
      List<String> spellingWords,
      List<String> spellingVocabulary,
      IntBuffer spellingDeletions,
      Map<String, ProfileIndex.Postings> profilePostings,
      Map<String, List<Avoidance>> avoidances,
      SemanticIndex semantic) {
    SpellFix spelling = SpellFix.of(spellingWords, spellingVocabulary, spellingDeletions);
    int kinds = NotAHireKind.values().length;
    if (semantic.discriminant().classes() != knowledge.roles().size() + kinds) {
      throw new IllegalArgumentException("a discriminant for other classes");
    }
    if (!semantic.ownedBelow(knowledge.roles().size() + knowledge.notAHire().size())) {
      throw new IllegalArgumentException("a situation sentence of no role");
    }
    return new RecommendIndex(
        new SignalIndex(knowledge.roles(), signalPatterns, patternCount, spelling),
        new ProfileIndex(profilePostings),
        avoidances,
        semantic);
  }

  /** The situation sentences, their vectors and the discriminant learnt from them. */
  public SemanticIndex semantic() {
    return semantic;
  }

  /** The number of signal patterns. */
  public int patternCount() {
    return signals.size();
  }

  /** Who says "hire that one instead", by the role to hire instead, in role-id order. */
  public SortedMap<String, List<Avoidance>> avoidances() {
    return new TreeMap<>(avoidances);
  }

  /** Signal patterns by their first word, in word order. */
  public SortedMap<String, List<SignalIndex.Pattern>> signalPatterns() {
    return signals.patternsByFirstWord();
  }

  /** The words a typo may be corrected to, sorted. */
  public List<String> spellingWords() {
    return signals.spelling().signalWords();
  }

  /** The spelling words' deletion table, for storage (see {@link SpellFix#deletionTable}). */
  public int[] spellingDeletions() {
    return signals.spelling().deletionTable();
  }

  /** The knowledge's own words that are never corrected, sorted. */
  public List<String> spellingVocabulary() {
    return signals.spelling().consultedVocabulary();
  }

  /** Profile words and the roles they speak for, in word order. */
  public SortedMap<String, ProfileIndex.Postings> profilePostings() {
    return profiles.postingsByWord();
  }
}
