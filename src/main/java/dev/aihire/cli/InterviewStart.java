package dev.aihire.cli;

import dev.aihire.interview.Interview;
import dev.aihire.interview.Settings;
import dev.aihire.model.Knowledge;

/** What an interview starts from: the knowledge, the settings, and the need if given. */
record InterviewStart(Knowledge knowledge, Settings settings, String need) {
  Interview begin(String description) {
    return Interview.start(knowledge, settings, description);
  }
}
