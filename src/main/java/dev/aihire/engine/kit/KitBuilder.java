package dev.aihire.engine.kit;

import dev.aihire.model.Kit;
import dev.aihire.model.Knowledge;
import dev.aihire.model.PostingChecks;
import dev.aihire.model.RedFlag;
import dev.aihire.model.Role;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a role's interview kit from the role and its entry in the kits section. A role without a
 * kit entry still gets a kit from its own fields, with the missing parts named.
 */
public final class KitBuilder {
  private final Knowledge knowledge;

  public KitBuilder(Knowledge knowledge) {
    this.knowledge = knowledge;
  }

  public InterviewKit build(Role role) {
    Kit kit = knowledge.kits().get(role.id());
    List<InterviewKit.Part> missing = new ArrayList<>();
    List<Kit.Competency> competencies = kit == null ? List.of() : kit.competencies();
    if (competencies.isEmpty()) {
      missing.add(InterviewKit.Part.COMPETENCIES);
    }
    if (kit == null || kit.workSample() == null) {
      missing.add(InterviewKit.Part.WORK_SAMPLE);
    }
    Map<String, String> weak = new HashMap<>();
    if (kit != null) {
      kit.weakAnswers().forEach(w -> weak.putIfAbsent(w.question(), w.answer()));
    }
    List<InterviewKit.KitQuestion> questions = new ArrayList<>();
    for (Role.InterviewQuestion q : role.interviewQuestions()) {
      questions.add(
          new InterviewKit.KitQuestion(
              q.question(), q.tests(), q.strongAnswer(), weak.get(q.question())));
    }
    if (kit != null) {
      for (Kit.ExtraQuestion q : kit.extraQuestions()) {
        questions.add(
            new InterviewKit.KitQuestion(
                q.question(), q.tests(), q.strongAnswer(), q.weakAnswer()));
      }
    }
    if (questions.stream().anyMatch(q -> q.weakAnswer() == null)) {
      missing.add(InterviewKit.Part.WEAK_ANSWERS);
    }
    return new InterviewKit(
        role.id(),
        role.name(),
        role.summary(),
        notThis(role),
        competencies.stream().map(c -> new InterviewKit.Assess(c.name(), c.covers())).toList(),
        questions,
        role.goodSigns(),
        redFlags(role),
        competencies.stream().map(c -> new InterviewKit.ScoreRow(c.name(), c.levels())).toList(),
        kit == null ? null : kit.workSample(),
        smells(role),
        missing);
  }

  private List<InterviewKit.NotThis> notThis(Role role) {
    return role.confusedWith().stream()
        .map(
            c ->
                new InterviewKit.NotThis(
                    c.role(),
                    knowledge.role(c.role()).map(Role::name).orElse(c.role()),
                    c.difference()))
        .toList();
  }

  /** The role's own red flags, then the knowledge's red flags that name the role. */
  private List<String> redFlags(Role role) {
    Set<String> out = new LinkedHashSet<>(role.redFlags());
    for (RedFlag f : knowledge.redFlags()) {
      if (f.roles().contains(role.id())) {
        out.add(f.flag());
      }
    }
    return List.copyOf(out);
  }

  /** Posting checks that apply to this role's postings, one per kind. */
  private List<InterviewKit.Smell> smells(Role role) {
    PostingChecks checks = knowledge.postingChecks();
    List<InterviewKit.Smell> out = new ArrayList<>();
    Set<String> kinds = new LinkedHashSet<>();
    for (PostingChecks.PhraseCheck c : checks.phrases()) {
      if ((c.roles().isEmpty() || c.roles().contains(role.id())) && kinds.add(c.kind())) {
        out.add(new InterviewKit.Smell(c.kind(), c.change()));
      }
    }
    if (checks.technologies() != null && kinds.add(checks.technologies().kind())) {
      out.add(new InterviewKit.Smell(checks.technologies().kind(), checks.technologies().change()));
    }
    if (checks.toolList() != null && kinds.add(checks.toolList().kind())) {
      out.add(new InterviewKit.Smell(checks.toolList().kind(), checks.toolList().change()));
    }
    return out;
  }
}
