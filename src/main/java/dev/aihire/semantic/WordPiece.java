package dev.aihire.semantic;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * The BERT-uncased tokenisation of all-MiniLM-L6-v2, written by hand from its vocabulary: the
 * model's tokenizer.json rules (BertNormalizer, BertPreTokenizer, WordPiece) in plain Java.
 * Hand-written because the usual Java route, DJL's Hugging Face tokenizer, is a native library
 * whose loading alone would cost more start-up than the whole semantic budget. Tested against the
 * real tokenizer's ids (src/test/resources/semantic/wordpiece-reference.txt).
 *
 * <p>Normalising: control and format characters, NUL and U+FFFD are dropped; accents are stripped
 * (NFD, then non-spacing marks removed); text is lower-cased. Splitting: on white space, and every
 * punctuation character and CJK ideograph is a word of its own. Each word then becomes its greedy
 * longest-match word pieces ("##" marks a continuation), or one [UNK] when it is longer than 100
 * characters or some part of it matches no piece. Unlike the model's tokenizer no [CLS]/[SEP] is
 * added, and a literal "[CLS]" in the text is plain text.
 */
public final class WordPiece {
  /** Id of [UNK] in the model's vocabulary. */
  public static final int UNKNOWN = 100;

  static final int MAX_WORD_CHARS = 100;

  /** Characters read from one text at most, so a 4 MiB line costs no more than a posting. */
  static final int MAX_CHARS = 1 << 16;

  private static final byte PART = 0;
  private static final byte DROPPED = 1;
  private static final byte SPACE = 2;
  private static final byte ALONE = 3;

  /** The kind of each ASCII character, and its lower case: the common case without lookups. */
  private static final byte[] ASCII = new byte[0x80];

  private static final byte[] ASCII_LOWER = new byte[0x80];

  static {
    for (int c = 0; c < 0x80; c++) {
      int lower = Character.toLowerCase(c);
      ASCII_LOWER[c] = (byte) lower;
      ASCII[c] = kind(c) == PART && isPunctuation(lower) ? ALONE : kind(c);
    }
  }

  private final Vocabulary vocabulary;

  WordPiece(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /** Word-piece ids of {@code text}, in order, at most {@code limit} of them. */
  int[] ids(String text, int limit) {
    return ids(text, new int[limit]);
  }

  /**
   * As {@link #ids(String, int)} with {@code scratch.length} as the limit, counting in {@code
   * scratch} (overwritten; the result is a copy): embedding 200,000 texts made 400 MB of these.
   */
  int[] ids(String text, int[] scratch) {
    String s = text.length() > MAX_CHARS ? capped(text) : text;
    if (!isAscii(s)) {
      s = Normalizer.normalize(s, Normalizer.Form.NFD);
    }
    int[] ids = scratch;
    int count = 0;
    byte[] word = new byte[64];
    int wordBytes = 0;
    int wordChars = 0;
    for (int i = 0; i < s.length() && count < ids.length; ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      int kind = cp < 0x80 ? ASCII[cp] : kind(cp);
      if (kind == DROPPED) {
        continue;
      }
      if (kind == SPACE) {
        count = flush(word, wordBytes, wordChars, ids, count);
        wordBytes = 0;
        wordChars = 0;
        continue;
      }
      cp = cp < 0x80 ? ASCII_LOWER[cp] : Character.toLowerCase(cp);
      boolean alone = cp < 0x80 ? ASCII[cp] == ALONE : isPunctuation(cp) || isCjk(cp);
      if (alone) {
        count = flush(word, wordBytes, wordChars, ids, count);
        wordBytes = 0;
        wordChars = 0;
      }
      if (word.length - wordBytes < 4) {
        word = Arrays.copyOf(word, word.length * 2);
      }
      wordBytes = utf8(cp, word, wordBytes);
      wordChars++;
      if (alone) {
        count = flush(word, wordBytes, wordChars, ids, count);
        wordBytes = 0;
        wordChars = 0;
      }
    }
    count = flush(word, wordBytes, wordChars, ids, count);
    return Arrays.copyOf(ids, count);
  }

  /**
   * Appends to {@code ids} (from {@code count}, never past its end) the pieces of the word in
   * {@code word[0, length)}, which has {@code chars} characters; returns the new count.
   */
  private int flush(byte[] word, int length, int chars, int[] ids, int count) {
    if (length == 0 || count >= ids.length) {
      return count;
    }
    if (chars > MAX_WORD_CHARS) {
      ids[count] = UNKNOWN;
      return count + 1;
    }
    int at = count;
    for (int start = 0; start < length; ) {
      int end = length;
      int id = -1;
      while (end > start) {
        id = vocabulary.find(word, start, end, start > 0);
        if (id >= 0) {
          break;
        }
        do {
          end--;
        } while (end > start && (word[end] & 0xc0) == 0x80);
      }
      if (id < 0) {
        ids[count] = UNKNOWN;
        return count + 1;
      }
      if (at < ids.length) {
        ids[at++] = id;
      }
      start = end;
    }
    return at;
  }

  private static String capped(String text) {
    int end = MAX_CHARS;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end);
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** Dropped, white space, or part of a word (punctuation and CJK are decided later). */
  private static byte kind(int cp) {
    if (isDropped(cp)) {
      return DROPPED;
    }
    return isWhitespace(cp) ? SPACE : PART;
  }

  /** NUL, U+FFFD, non-spacing marks (after NFD) and "other" characters except tab/CR/LF. */
  private static boolean isDropped(int cp) {
    if (cp == '\t' || cp == '\n' || cp == '\r') {
      return false;
    }
    if (cp == 0 || cp == 0xfffd) {
      return true;
    }
    switch (Character.getType(cp)) {
      case Character.CONTROL,
      Character.FORMAT,
      Character.SURROGATE,
      Character.PRIVATE_USE,
      Character.UNASSIGNED,
      Character.NON_SPACING_MARK:
        return true;
      default:
        return false;
    }
  }

  /** Unicode White_Space (Rust's char::is_whitespace), which the model's tokenizer uses. */
  static boolean isWhitespace(int cp) {
    return cp == ' '
        || (cp >= '\t' && cp <= '\r')
        || cp == 0x85
        || cp == 0xa0
        || cp == 0x1680
        || (cp >= 0x2000 && cp <= 0x200a)
        || cp == 0x2028
        || cp == 0x2029
        || cp == 0x202f
        || cp == 0x205f
        || cp == 0x3000;
  }

  /** ASCII punctuation (which includes $ + < = > ^ ` | ~) or a Unicode P* character. */
  static boolean isPunctuation(int cp) {
    if ((cp >= 33 && cp <= 47)
        || (cp >= 58 && cp <= 64)
        || (cp >= 91 && cp <= 96)
        || (cp >= 123 && cp <= 126)) {
      return true;
    }
    switch (Character.getType(cp)) {
      case Character.CONNECTOR_PUNCTUATION,
      Character.DASH_PUNCTUATION,
      Character.START_PUNCTUATION,
      Character.END_PUNCTUATION,
      Character.INITIAL_QUOTE_PUNCTUATION,
      Character.FINAL_QUOTE_PUNCTUATION,
      Character.OTHER_PUNCTUATION:
        return true;
      default:
        return false;
    }
  }

  /** The CJK ideograph blocks BERT splits into single characters. */
  static boolean isCjk(int cp) {
    return (cp >= 0x4e00 && cp <= 0x9fff)
        || (cp >= 0x3400 && cp <= 0x4dbf)
        || (cp >= 0x20000 && cp <= 0x2a6df)
        || (cp >= 0x2a700 && cp <= 0x2b73f)
        || (cp >= 0x2b740 && cp <= 0x2b81f)
        || (cp >= 0x2b820 && cp <= 0x2ceaf)
        || (cp >= 0xf900 && cp <= 0xfaff)
        || (cp >= 0x2f800 && cp <= 0x2fa1f);
  }

  private static int utf8(int cp, byte[] out, int at) {
    if (cp < 0x80) {
      out[at++] = (byte) cp;
    } else if (cp < 0x800) {
      out[at++] = (byte) (0xc0 | (cp >> 6));
      out[at++] = (byte) (0x80 | (cp & 0x3f));
    } else if (cp < 0x10000) {
      out[at++] = (byte) (0xe0 | (cp >> 12));
      out[at++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
      out[at++] = (byte) (0x80 | (cp & 0x3f));
    } else {
      out[at++] = (byte) (0xf0 | (cp >> 18));
      out[at++] = (byte) (0x80 | ((cp >> 12) & 0x3f));
      out[at++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
      out[at++] = (byte) (0x80 | (cp & 0x3f));
    }
    return at;
  }
}
