package dev.aihire.compiled;

import dev.aihire.compiled.binary.CorruptException;
import dev.aihire.engine.recommend.RecommendIndex;
import dev.aihire.model.Kit;
import dev.aihire.model.Knowledge;
import dev.aihire.model.PostingChecks;
import dev.aihire.model.Staffing;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.function.Supplier;

/**
 * The compiled form of validated knowledge: the model exactly as the YAML loader built it, plus the
 * recommender's index, as named sections of a {@link CompiledFile}. Reading it needs neither
 * Jackson nor SnakeYAML nor any normalisation, which is most of a start-up's work.
 *
 * <p>A new knowledge section is one class with a {@code write} and a {@code read} (see {@link
 * GlossarySection}), one line in {@link #encode} and one in {@link #decode}.
 */
public final class KnowledgeCodec {
  static final int FORMAT = CompiledFile.FORMAT;

  private KnowledgeCodec() {}

  public static byte[] encode(Knowledge k, RecommendIndex index, String codeId, String key) {
    return encode(knowledgeSections(k), index, codeId, key);
  }

  /**
   * The file begun by {@link #knowledgeSections}, finished with the index's section (last: the
   * shared string table numbers strings in the order the sections wrote them).
   */
  static byte[] encode(
      CompiledFile.Writer knowledge, RecommendIndex index, String codeId, String key) {
    return knowledge
        .section(RecommendIndexSection.NAME, out -> RecommendIndexSection.write(index, out))
        .finish(codeId, key);
  }

  /** A file with the knowledge's own sections written, which need no index. */
  static CompiledFile.Writer knowledgeSections(Knowledge k) {
    return new CompiledFile.Writer()
        .section(RolesSection.NAME, out -> RolesSection.write(k.roles(), out))
        .section(GlossarySection.NAME, out -> GlossarySection.write(k.glossary(), out))
        .section(RedFlagsSection.NAME, out -> RedFlagsSection.write(k.redFlags(), out))
        .section(QuestionsSection.NAME, out -> QuestionsSection.write(k.questions(), out))
        .section(QuizSection.NAME, out -> QuizSection.write(k.quiz(), out))
        .section(NotAHireSection.NAME, out -> NotAHireSection.write(k.notAHire(), out))
        .section(KitsSection.NAME, out -> KitsSection.write(k.kits().values(), out))
        .section(
            PostingChecksSection.NAME, out -> PostingChecksSection.write(k.postingChecks(), out))
        .section(StaffingSection.NAME, out -> StaffingSection.write(k.staffing(), out));
  }

  /** As {@link #decode(ByteBuffer, String, String)}. */
  public static StoredKnowledge decode(byte[] bytes, String codeId, String key) {
    return decode(ByteBuffer.wrap(bytes), codeId, key);
  }

  /**
   * The knowledge and its recommender index, or a {@link CorruptException} when the bytes are not a
   * complete, intact compiled file for this code id and key. Records are decoded when a command
   * first reads them (the buffer must stay as it is meanwhile): a command that reads one role of a
   * thousand decodes one.
   */
  public static StoredKnowledge decode(ByteBuffer bytes, String codeId, String key) {
    return decode(bytes, codeId, key, true);
  }

  /**
   * As above; {@code checkBody} false trusts the body's checksum to a check made before on these
   * very bytes (see {@link CompiledFile#open(ByteBuffer, String, String, boolean)}).
   */
  static StoredKnowledge decode(ByteBuffer bytes, String codeId, String key, boolean checkBody) {
    CompiledFile file = CompiledFile.open(bytes, codeId, key, checkBody);
    try {
      Knowledge k =
          new Knowledge(
              RolesSection.read(file.section(RolesSection.NAME)),
              GlossarySection.read(file.section(GlossarySection.NAME)),
              RedFlagsSection.read(file.section(RedFlagsSection.NAME)),
              QuestionsSection.read(file.section(QuestionsSection.NAME)),
              QuizSection.read(file.section(QuizSection.NAME)),
              NotAHireSection.read(file.section(NotAHireSection.NAME)),
              new Deferred<List<Kit>>() {
                @Override
                List<Kit> decode() {
                  return KitsSection.read(file.section(KitsSection.NAME));
                }
              },
              new Deferred<PostingChecks>() {
                @Override
                PostingChecks decode() {
                  return PostingChecksSection.read(file.section(PostingChecksSection.NAME));
                }
              },
              new Deferred<Staffing>() {
                @Override
                Staffing decode() {
                  return StaffingSection.read(file.section(StaffingSection.NAME));
                }
              });
      return new StoredKnowledge(
          k,
          StoredKnowledge.once(
              new Supplier<RecommendIndex>() {
                @Override
                public RecommendIndex get() {
                  return RecommendIndexSection.read(file.section(RecommendIndexSection.NAME), k);
                }
              }));
    } catch (IllegalArgumentException | NullPointerException e) {
      // A record refusing its fields: bytes that decode but do not make a model.
      throw new CorruptException("not a valid model: " + e.getMessage());
    }
  }

  /**
   * A section decoded on first use, after the file was opened: bytes that pass the checksum but do
   * not make a model are a {@link CorruptException} then too. Classes rather than lambdas: every
   * one-line answer decodes a file, and linking a lambda costs start-up time (docs/performance.md).
   */
  private abstract static class Deferred<T> implements Supplier<T> {
    abstract T decode();

    @Override
    public final T get() {
      try {
        return decode();
      } catch (IllegalArgumentException | NullPointerException e) {
        throw new CorruptException("not a valid model: " + e.getMessage());
      }
    }
  }

  /** The code id a compiled file was written by, or null if it is not one. */
  public static String codeIdOf(byte[] bytes) {
    return CompiledFile.codeIdOf(ByteBuffer.wrap(bytes));
  }
}
