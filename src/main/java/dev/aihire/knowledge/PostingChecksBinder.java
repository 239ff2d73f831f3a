package dev.aihire.knowledge;

import dev.aihire.model.PostingChecks;
import java.util.List;
import java.util.Set;

/** Binds the {@code posting_checks:} section: the smells {@code aihire check} looks for. */
final class PostingChecksBinder {
  static final Set<String> SECTION =
      Set.of(
          "phrases",
          "coded_words",
          "technologies",
          "tool_list",
          "boilerplate",
          "leadership_titles");
  private static final Set<String> PHRASE =
      Set.of("kind", "phrases", "message", "change", "roles", "unless");
  private static final Set<String> CODED = Set.of("kind", "stems", "at_least", "message", "change");
  private static final Set<String> AGES = Set.of("kind", "message", "change", "list");
  private static final Set<String> TECHNOLOGY = Set.of("name", "phrases", "since");
  private static final Set<String> TOOLS = Set.of("kind", "at_least", "tools", "message", "change");
  private static final Set<String> BOILERPLATE = Set.of("headings", "phrases");
  private static final String CTX = "posting_checks: ";

  private final Binder binder;

  PostingChecksBinder(Binder binder) {
    this.binder = binder;
  }

  PostingChecks bind(Fields top) {
    Node.Entry e = top.entry("posting_checks");
    if (e == null) {
      return PostingChecks.NONE;
    }
    Fields f = binder.fields(e.value(), "posting_checks", SECTION);
    if (f == null) {
      return PostingChecks.NONE;
    }
    Fields tools = section(f, "tool_list", TOOLS);
    Fields bp = section(f, "boilerplate", BOILERPLATE);
    return new PostingChecks(
        f.list("phrases", false, this::phrase),
        f.list("coded_words", false, this::coded),
        ages(section(f, "technologies", AGES)),
        tools == null
            ? null
            : new PostingChecks.ToolList(
                kind(tools),
                tools.integer("at_least", 2, 1000),
                tools.strings("tools", true),
                tools.string("message"),
                tools.string("change")),
        bp == null
            ? PostingChecks.NONE.boilerplate()
            : new PostingChecks.Boilerplate(
                bp.strings("headings", false), bp.strings("phrases", false)),
        f.strings("leadership_titles", false));
  }

  private Fields section(Fields f, String key, Set<String> allowed) {
    Node.Entry e = f.entry(key);
    return e == null ? null : binder.fields(e.value(), CTX + key, allowed);
  }

  private PostingChecks.PhraseCheck phrase(Node n) {
    Fields f = binder.fields(n, CTX + "phrase check", PHRASE);
    if (f == null) {
      return null;
    }
    List<String> roles = f.strings("roles", false);
    if (!roles.isEmpty()) {
      Node.ListNode list = (Node.ListNode) f.entry("roles").value();
      for (Node item : list.items()) {
        if (item instanceof Node.Scalar s && !s.text().isBlank()) {
          binder.roleRefs.add(new Binder.Ref(s.text(), item, CTX + "phrase check roles"));
        }
      }
    }
    return new PostingChecks.PhraseCheck(
        kind(f),
        f.strings("phrases", true),
        f.string("message"),
        f.string("change"),
        roles,
        f.strings("unless", false));
  }

  private PostingChecks.CodedWords coded(Node n) {
    Fields f = binder.fields(n, CTX + "coded words", CODED);
    if (f == null) {
      return null;
    }
    return new PostingChecks.CodedWords(
        kind(f),
        f.strings("stems", true),
        f.integer("at_least", 1, 100),
        f.string("message"),
        f.string("change"));
  }

  private PostingChecks.TechnologyAges ages(Fields f) {
    if (f == null) {
      return null;
    }
    return new PostingChecks.TechnologyAges(
        kind(f), f.string("message"), f.string("change"), f.list("list", true, this::technology));
  }

  private PostingChecks.Technology technology(Node n) {
    Fields f = binder.fields(n, CTX + "technology", TECHNOLOGY);
    if (f == null) {
      return null;
    }
    return new PostingChecks.Technology(
        f.string("name"), f.strings("phrases", true), f.integer("since", 1950, 2100));
  }

  /** A finding's kind is shown to users and matched by scripts: lower-case words and '-'. */
  private String kind(Fields f) {
    String kind = f.string("kind");
    if (!kind.isEmpty() && !Binder.validId(kind)) {
      binder.problem(
          f.entry("kind").value(),
          CTX
              + "kind '"
              + kind
              + "' must be lower-case"
              + " words joined by '-' (like 'hype-title')");
    }
    return kind;
  }
}
