package dev.aihire.engine.check;

import dev.aihire.model.PostingChecks;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The posting checks of the knowledge, run over every line of a posting. */
final class Smells {
  /** "10 years", "10+ years", "10 or more years" in {@link Words} form ('+' is dropped). */
  private static final Pattern YEARS =
      Pattern.compile(" (\\d{1,2}) (?:plus )?(?:or more )?(?:years|year|yrs|yr) ");

  private static final Pattern DIGIT = Pattern.compile("\\d");

  private final PostingChecks checks;

  Smells(PostingChecks checks) {
    this.checks = checks;
  }

  /** Findings in line order within each check; {@code roles} are the posting's roles. */
  List<Finding> find(Posting posting, List<String> roles, int year) {
    List<String> words = posting.lines().stream().map(Words::of).toList();
    String raw =
        String.join("\n", posting.lines()).toLowerCase(Locale.ROOT)
            + (posting.titleLine() == 0 && posting.title() != null ? "\n" + posting.title() : "");
    List<Finding> out = new ArrayList<>();
    for (PostingChecks.PhraseCheck c : checks.phrases()) {
      if (applies(c, roles, raw)) {
        phrases(c, posting, words, out);
      }
    }
    coded(words, out);
    if (checks.technologies() != null) {
      for (int i = 0; i < words.size(); i++) {
        years(checks.technologies(), words.get(i), i + 1, year, out);
      }
    }
    if (checks.toolList() != null) {
      tools(checks.toolList(), words, out);
    }
    return out;
  }

  private static boolean applies(PostingChecks.PhraseCheck c, List<String> roles, String raw) {
    if (!c.roles().isEmpty() && roles.stream().noneMatch(c.roles()::contains)) {
      return false;
    }
    return c.unless().stream().noneMatch(u -> raw.contains(u.toLowerCase(Locale.ROOT)));
  }

  private static void phrases(
      PostingChecks.PhraseCheck c, Posting posting, List<String> words, List<Finding> out) {
    List<String> phrases = c.phrases().stream().map(Words::of).toList();
    if (posting.titleLine() == 0 && posting.title() != null) {
      add(c, 0, Words.of(posting.title()), phrases, out);
    }
    for (int i = 0; i < words.size(); i++) {
      add(c, i + 1, words.get(i), phrases, out);
    }
  }

  private static void add(
      PostingChecks.PhraseCheck c,
      int line,
      String words,
      List<String> phrases,
      List<Finding> out) {
    List<String> found = new ArrayList<>();
    for (String p : phrases) {
      if (Words.find(words, p) >= 0) {
        found.add(p.strip());
      }
    }
    // "data ninja" says it all: "ninja" inside it is not a second word to quote.
    found.removeIf(
        f ->
            found.stream()
                .anyMatch(g -> g.length() > f.length() && (" " + g + " ").contains(" " + f + " ")));
    // One finding a phrase: the knowledge's messages speak of one ("'{words}' is a hype word").
    for (String f : found) {
      out.add(
          new Finding(
              line, c.kind(), null, List.of(f), c.message(), c.change(), Map.of("words", f)));
    }
  }

  /** One finding when one coding outnumbers the others by the check's margin. */
  private void coded(List<String> words, List<Finding> out) {
    List<Map<String, Integer>> found = new ArrayList<>();
    for (PostingChecks.CodedWords c : checks.codedWords()) {
      Map<String, Integer> firstLine = new LinkedHashMap<>();
      for (int i = 0; i < words.size(); i++) {
        for (String w : words.get(i).trim().split(" ")) {
          for (String stem : c.stems()) {
            if (w.startsWith(stem.toLowerCase(Locale.ROOT))) {
              firstLine.putIfAbsent(w, i + 1);
            }
          }
        }
      }
      found.add(firstLine);
    }
    for (int k = 0; k < found.size(); k++) {
      int others = 0;
      for (int j = 0; j < found.size(); j++) {
        others = j == k ? others : Math.max(others, found.get(j).size());
      }
      PostingChecks.CodedWords c = checks.codedWords().get(k);
      Map<String, Integer> mine = found.get(k);
      if (mine.size() - others >= c.atLeast()) {
        int line = mine.values().stream().min(Integer::compare).orElse(0);
        List<String> list = List.copyOf(mine.keySet());
        out.add(
            new Finding(
                line,
                c.kind(),
                null,
                list,
                c.message(),
                c.change(),
                Map.of("words", String.join(", ", list))));
      }
    }
  }

  /** "10 years of LLM experience" when LLM APIs have existed for six. */
  private static void years(
      PostingChecks.TechnologyAges ages, String words, int line, int year, List<Finding> out) {
    Matcher m = YEARS.matcher(words);
    while (m.find()) {
      int years = Integer.parseInt(m.group(1));
      Matcher next = DIGIT.matcher(words);
      int end = next.find(m.end()) ? next.start() : words.length();
      String after = words.substring(m.end() - 1, end);
      for (PostingChecks.Technology t : ages.list()) {
        boolean named = t.phrases().stream().anyMatch(p -> Words.find(after, Words.of(p)) >= 0);
        if (named && years > year - t.since()) {
          out.add(
              new Finding(
                  line,
                  ages.kind(),
                  null,
                  List.of(t.name()),
                  ages.message(),
                  ages.change(),
                  Map.of(
                      "years",
                      String.valueOf(years),
                      "name",
                      t.name(),
                      "since",
                      String.valueOf(t.since()))));
          break;
        }
      }
    }
  }

  private static void tools(PostingChecks.ToolList list, List<String> words, List<Finding> out) {
    List<String> named = new ArrayList<>();
    int line = 0;
    int most = 0;
    for (int i = 0; i < words.size(); i++) {
      int here = 0;
      for (String tool : list.tools()) {
        if (Words.find(words.get(i), Words.of(tool)) >= 0) {
          here++;
          if (!named.contains(tool)) {
            named.add(tool);
          }
        }
      }
      if (here > most) {
        most = here;
        line = i + 1;
      }
    }
    if (named.size() >= list.atLeast()) {
      out.add(
          new Finding(
              line,
              list.kind(),
              null,
              named,
              list.message(),
              list.change(),
              Map.of("count", String.valueOf(named.size()), "words", String.join(", ", named))));
    }
  }
}
