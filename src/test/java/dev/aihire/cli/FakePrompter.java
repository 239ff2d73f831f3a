package dev.aihire.cli;

import dev.aihire.shell.Prompter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/** Replies in order (then the end); records what it was asked, told and shown. */
final class FakePrompter implements Prompter {
  final Deque<Reply> replies;
  final List<Question> asked = new ArrayList<>();
  final List<String> said = new ArrayList<>();
  final List<String> screen = new ArrayList<>();
  final Deque<Boolean> confirms = new ArrayDeque<>();

  FakePrompter(Reply... replies) {
    this.replies = new ArrayDeque<>(Arrays.asList(replies));
  }

  static FakePrompter typing(String... lines) {
    return new FakePrompter(Arrays.stream(lines).map(Reply::line).toArray(Reply[]::new));
  }

  @Override
  public Reply ask(Question question) {
    asked.add(question);
    return replies.isEmpty() ? Reply.end() : replies.poll();
  }

  @Override
  public boolean confirm(String question) {
    return confirms.isEmpty() || confirms.poll();
  }

  @Override
  public void say(String message) {
    said.add(message);
  }

  @Override
  public void show(List<String> lines) {
    screen.addAll(lines);
  }
}
