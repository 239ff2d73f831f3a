package dev.aihire.distill;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the tokenizer fixture: for each sentence (kept escaped, as in wordpiece-sentences.txt)
 * a tab and the reference word-piece ids, space-separated, without [CLS] and [SEP].
 */
final class Fixture {
  private Fixture() {}

  static void write(ReferenceTokenizer reference, InputStream sentences, Path out)
      throws IOException {
    List<String> lines = Distill.lines(sentences);
    StringBuilder text = new StringBuilder();
    text.append("# Reference word-piece ids from the model's own tokenizer; written by\n")
        .append("# tools/distill (Fixture). Escaped sentence, a tab, the ids.\n");
    for (String escaped : lines) {
      long[] ids = reference.ids(unescape(escaped));
      text.append(escaped).append('\t');
      for (int i = 0; i < ids.length; i++) {
        text.append(i == 0 ? "" : " ").append(ids[i]);
      }
      text.append('\n');
    }
    Files.createDirectories(out.getParent());
    Files.write(out, text.toString().getBytes(StandardCharsets.UTF_8));
    System.err.printf("wrote %s: %d sentences%n", out, lines.size());
  }

  /** Undoes the escapes \t \n \r \\ and \\uXXXX; the test has the same rule. */
  static String unescape(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 == s.length()) {
        out.append(c);
        continue;
      }
      char next = s.charAt(++i);
      switch (next) {
        case 't' -> out.append('\t');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 'u' -> {
          out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> out.append(next);
      }
    }
    return out.toString();
  }
}
