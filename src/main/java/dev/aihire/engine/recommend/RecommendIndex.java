package dev.aihire.engine.recommend;

import dev.aihire.compiled.CompactIn;
import dev.aihire.compiled.CompactOut;
import dev.aihire.model.Knowledge;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Everything the recommender derives from the knowledge before it answers: the signal phrases
 * by first word and the profile words by word. Building it normalises every phrase of every
 * role; the compiled knowledge stores it ready-made so a start-up only reads it back.
 */
public final class RecommendIndex {
  /** Indexes read with compiled knowledge, by the knowledge they belong to (identity). */
  private static final Map<Knowledge, RecommendIndex> READY = new WeakHashMap<>();

  final SignalIndex signals;
  final ProfileIndex profiles;

  private RecommendIndex(SignalIndex signals, ProfileIndex profiles) {
    this.signals = signals;
    this.profiles = profiles;
  }

  public static RecommendIndex build(Knowledge knowledge) {
    return new RecommendIndex(new SignalIndex(knowledge), new ProfileIndex(knowledge));
  }

  public void write(CompactOut out) {
    signals.write(out);
    profiles.write(out);
  }

  public static RecommendIndex read(Knowledge knowledge, CompactIn in) {
    SignalIndex s = new SignalIndex(knowledge, in);
    return new RecommendIndex(s, new ProfileIndex(knowledge.roles().size(), in));
  }

  /** Remembers a ready index for this knowledge, so a {@link Recommender} need not build one. */
  public static void attach(Knowledge knowledge, RecommendIndex index) {
    synchronized (READY) {
      READY.put(knowledge, index);
    }
  }

  static RecommendIndex of(Knowledge knowledge) {
    synchronized (READY) {
      RecommendIndex ready = READY.get(knowledge);
      if (ready != null) {
        return ready;
      }
    }
    return build(knowledge);
  }
}
