package dev.aihire.compiled;

import dev.aihire.compiled.binary.CompactIn;
import dev.aihire.compiled.binary.CompactOut;
import dev.aihire.engine.recommend.Discriminant;
import dev.aihire.engine.recommend.ProfileIndex;
import dev.aihire.engine.recommend.RecommendIndex;
import dev.aihire.engine.recommend.SemanticIndex;
import dev.aihire.engine.recommend.SignalIndex;
import dev.aihire.engine.recommend.Worker;
import dev.aihire.model.Knowledge;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The recommender's index as compiled knowledge keeps it: signal patterns by first word, the
 * spelling words, the profile postings and who says "hire that one instead"; each map a {@link
 * KeyedSection} in key order (a build is repeatable, a look-up decodes one entry).
 */
final class RecommendIndexSection {
  static final String NAME = "recommend_index";

  private RecommendIndexSection() {}

  static void write(RecommendIndex index, CompactOut out) {
    // The spelling words, the vocabulary and the deletion table are sorted on a second thread
    // while this one sorts and writes the patterns and sorts the postings (a large file's index
    // is written after both threads built it, so the second core is free); the parts are written
    // in the same order.
    Sorted sorted = new Sorted(index);
    Worker helper = Worker.start("aihire-index-sort", false, sorted);
    out.varint(index.patternCount());
    part(out, o -> KeyedSection.write(index.signalPatterns(), RecommendIndexSection::patterns, o));
    SortedMap<String, ProfileIndex.Postings> postings = index.profilePostings();
    helper.await();
    part(out, o -> WordList.write(sorted.words, o));
    part(out, o -> WordList.write(sorted.vocabulary, o));
    part(
        out,
        o -> {
          o.int32(sorted.deletions.length);
          o.ints(sorted.deletions);
        });
    part(out, o -> KeyedSection.write(postings, RecommendIndexSection::postings, o));
    part(out, o -> KeyedSection.write(index.avoidances(), RecommendIndexSection::avoidances, o));
    part(out, o -> writeSemantic(index.semantic(), o));
  }

  // Classes, not method references: every one-line answer reads this section, and linking a lambda
  // would cost it start-up time (docs/performance.md).
  private static final Function<CompactIn, List<SignalIndex.Pattern>> PATTERNS =
      new Function<>() {
        @Override
        public List<SignalIndex.Pattern> apply(CompactIn in) {
          return patterns(in);
        }
      };
  private static final Function<CompactIn, ProfileIndex.Postings> POSTINGS =
      new Function<>() {
        @Override
        public ProfileIndex.Postings apply(CompactIn in) {
          return postings(in);
        }
      };
  private static final Function<CompactIn, List<RecommendIndex.Avoidance>> AVOIDANCES =
      new Function<>() {
        @Override
        public List<RecommendIndex.Avoidance> apply(CompactIn in) {
          return avoidances(in);
        }
      };

  /** What {@link #write} needs of the index in sorted order, made on another thread. */
  private static final class Sorted implements Runnable {
    private final RecommendIndex index;
    private List<String> words;
    private List<String> vocabulary;
    private int[] deletions;

    Sorted(RecommendIndex index) {
      this.index = index;
    }

    @Override
    public void run() {
      words = index.spellingWords();
      vocabulary = index.spellingVocabulary();
      deletions = index.spellingDeletions();
    }
  }

  static RecommendIndex read(CompactIn in, Knowledge knowledge) {
    int patternCount = in.varint();
    Map<String, List<SignalIndex.Pattern>> patterns = KeyedSection.read(part(in), PATTERNS);
    List<String> spellingWords = WordList.read(part(in));
    List<String> vocabulary = WordList.read(part(in));
    CompactIn deletionPart = part(in);
    IntBuffer deletions = deletionPart.intView(deletionPart.int32());
    deletionPart.expectEnd();
    Map<String, ProfileIndex.Postings> postings = KeyedSection.read(part(in), POSTINGS);
    Map<String, List<RecommendIndex.Avoidance>> avoidances =
        KeyedSection.read(part(in), AVOIDANCES);
    SemanticIndex semantic = readSemantic(part(in));
    in.expectEnd();
    return RecommendIndex.of(
        knowledge,
        patterns,
        patternCount,
        spellingWords,
        vocabulary,
        deletions,
        postings,
        avoidances,
        semantic);
  }

  /**
   * The situation sentences, their owners, their vectors (a scale each, then signed bytes, as they
   * are), and the discriminant's weights.
   */
  private static void writeSemantic(SemanticIndex semantic, CompactOut out) {
    int dims = semantic.dims();
    out.varint(dims);
    out.stringRefs(semantic.sentences());
    out.ints(semantic.owners());
    out.floats(semantic.scales());
    out.raw(semantic.codes());
    Discriminant lda = semantic.discriminant();
    out.varint(lda.classes());
    out.floats(lda.weights());
    out.floats(lda.bias());
  }

  private static SemanticIndex readSemantic(CompactIn in) {
    int dims = in.count();
    // Decoded when shown as evidence: a large knowledge file has tens of thousands of them.
    List<String> sentences = in.stringsOnDemand();
    int n = sentences.size();
    int[] owners = in.ints(n);
    float[] scales = in.floats(n);
    ByteBuffer codes = in.byteView(Math.multiplyExact(n, dims));
    int classes = in.count();
    float[] weights = in.floats(Math.multiplyExact(classes, dims));
    float[] bias = in.floats(classes);
    in.expectEnd();
    return SemanticIndex.stored(
        dims, sentences, owners, codes, scales, Discriminant.stored(classes, dims, weights, bias));
  }

  /** A length-prefixed part, so each lazily read part knows where it ends. */
  private static void part(CompactOut out, Consumer<CompactOut> body) {
    CompactOut part = out.fork();
    body.accept(part);
    out.varint(part.size());
    out.raw(part);
  }

  private static CompactIn part(CompactIn in) {
    return in.slice(in.count());
  }

  private static void patterns(List<SignalIndex.Pattern> list, CompactOut out) {
    out.varint(list.size());
    for (SignalIndex.Pattern p : list) {
      out.varint(p.stems().length);
      for (String s : p.stems()) {
        out.string(s);
      }
      out.varint(p.role());
      out.signed(p.weight());
      out.string(p.signal());
      out.bool(p.title());
    }
  }

  private static List<SignalIndex.Pattern> patterns(CompactIn in) {
    int n = in.count();
    List<SignalIndex.Pattern> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int len = in.count();
      String[] stems = new String[len];
      for (int j = 0; j < len; j++) {
        stems[j] = in.text();
      }
      list.add(new SignalIndex.Pattern(stems, in.varint(), in.signed(), in.text(), in.bool()));
    }
    return List.copyOf(list);
  }

  private static void postings(ProfileIndex.Postings p, CompactOut out) {
    out.varint(p.roles().length);
    for (int i = 0; i < p.roles().length; i++) {
      out.varint(p.roles()[i]);
      out.dbl(p.weights()[i]);
    }
  }

  private static ProfileIndex.Postings postings(CompactIn in) {
    int n = in.count();
    int[] roles = new int[n];
    double[] weights = new double[n];
    for (int i = 0; i < n; i++) {
      roles[i] = in.varint();
      weights[i] = in.dbl();
    }
    return new ProfileIndex.Postings(roles, weights);
  }

  private static void avoidances(List<RecommendIndex.Avoidance> list, CompactOut out) {
    out.varint(list.size());
    for (RecommendIndex.Avoidance a : list) {
      out.varint(a.role());
      out.string(a.situation());
    }
  }

  private static List<RecommendIndex.Avoidance> avoidances(CompactIn in) {
    int n = in.count();
    List<RecommendIndex.Avoidance> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      list.add(new RecommendIndex.Avoidance(in.varint(), in.string()));
    }
    return List.copyOf(list);
  }
}
