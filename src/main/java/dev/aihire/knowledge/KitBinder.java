package dev.aihire.knowledge;

import dev.aihire.model.Kit;
import dev.aihire.model.Role;
import dev.aihire.text.Fuzzy;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Binds the {@code kits:} section: one interview kit per role. A weak answer names its question by
 * the exact text the role asks, so a question reworded in the role is caught here rather than
 * silently losing its weak answer in the kit.
 */
final class KitBinder {
  static final Set<String> KIT =
      Set.of("role", "competencies", "work_sample", "weak_answers", "extra_questions");
  static final Set<String> EXTRA = Set.of("question", "tests", "strong_answer", "weak_answer");
  static final Set<String> COMPETENCY = Set.of("name", "covers", "levels");
  static final Set<String> WORK_SAMPLE = Set.of("task", "good_submission", "time_box");
  static final Set<String> WEAK = Set.of("question", "answer");

  /** Question texts are compared on this many characters for a "did you mean". */
  private static final int COMPARED = 120;

  private final Binder binder;
  private final Map<String, Role> roles = new HashMap<>();
  private final Set<String> seen = new HashSet<>();

  KitBinder(Binder binder, List<Role> roles) {
    this.binder = binder;
    roles.forEach(r -> this.roles.putIfAbsent(r.id(), r));
  }

  List<Kit> bind(Fields top) {
    return top.list("kits", false, this::kit);
  }

  private Kit kit(Node n) {
    Fields f = binder.fields(n, "kit", KIT);
    if (f == null) {
      return null;
    }
    String role = f.string("role");
    String ctx = "kit '" + role + "': ";
    if (!role.isEmpty()) {
      binder.roleRefs.add(new Binder.Ref(role, f.entry("role").value(), "kit 'role'"));
      if (!seen.add(role)) {
        binder.problem(f.entry("role").value(), ctx + "a second kit for the same role");
      }
    }
    List<Kit.Competency> competencies = f.list("competencies", true, x -> competency(x, ctx));
    Kit.WorkSample sample = workSample(f, ctx);
    List<Kit.WeakAnswer> weak =
        f.list("weak_answers", false, x -> weakAnswer(x, ctx, roles.get(role)));
    List<Kit.ExtraQuestion> extra = f.list("extra_questions", false, x -> extra(x, ctx));
    return new Kit(role, competencies, sample, weak, extra);
  }

  private Kit.ExtraQuestion extra(Node n, String ctx) {
    Fields f = binder.fields(n, ctx + "extra question", EXTRA);
    if (f == null) {
      return null;
    }
    return new Kit.ExtraQuestion(
        f.string("question"),
        f.string("tests"),
        f.string("strong_answer"),
        f.string("weak_answer"));
  }

  private Kit.Competency competency(Node n, String ctx) {
    Fields f = binder.fields(n, ctx + "competency", COMPETENCY);
    if (f == null) {
      return null;
    }
    String name = f.string("name");
    List<String> levels = f.strings("levels", true);
    if (f.has("levels") && !levels.isEmpty() && levels.size() != Kit.LEVELS) {
      binder.problem(
          f.entry("levels").value(),
          ctx
              + "competency '"
              + name
              + "' needs "
              + Kit.LEVELS
              + " levels (1 to 4, weakest first), has "
              + levels.size());
    }
    return new Kit.Competency(name, f.string("covers"), levels);
  }

  private Kit.WorkSample workSample(Fields kit, String ctx) {
    Node.Entry e = kit.entry("work_sample");
    if (e == null) {
      binder.problem(kit.map(), ctx + "missing required key 'work_sample'");
      return null;
    }
    Fields f = binder.fields(e.value(), ctx + "work_sample", WORK_SAMPLE);
    if (f == null) {
      return null;
    }
    return new Kit.WorkSample(
        f.string("task"), f.strings("good_submission", true), f.string("time_box"));
  }

  private Kit.WeakAnswer weakAnswer(Node n, String ctx, Role role) {
    Fields f = binder.fields(n, ctx + "weak answer", WEAK);
    if (f == null) {
      return null;
    }
    String question = f.string("question");
    if (role != null
        && !question.isEmpty()
        && role.interviewQuestions().stream().noneMatch(q -> q.question().equals(question))) {
      binder.problem(
          f.entry("question").value(),
          ctx
              + "no interview question of the role"
              + " reads '"
              + shorten(question)
              + "'"
              + closest(question, role)
              + "; copy the question's text exactly");
    }
    return new Kit.WeakAnswer(question, f.string("answer"));
  }

  /** The role's question nearest to a mistyped one, compared on their openings. */
  private static String closest(String typed, Role role) {
    String t = opening(typed);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Role.InterviewQuestion q : role.interviewQuestions()) {
      int d = Fuzzy.distance(t, opening(q.question()));
      if (d < bestDistance) {
        bestDistance = d;
        best = q.question();
      }
    }
    return best != null && bestDistance <= t.length() / 3
        ? " (did you mean '" + shorten(best) + "'?)"
        : "";
  }

  private static String opening(String s) {
    String lower = s.toLowerCase(Locale.ROOT);
    return lower.length() <= COMPARED ? lower : lower.substring(0, COMPARED);
  }

  private static String shorten(String s) {
    return s.length() <= 70 ? s : s.substring(0, 67) + "...";
  }
}
