package dev.aihire.interview;

/** One question of the interview, the answer given ("skip" if skipped), and what it changed. */
public record TrailEntry(String questionId, String question, String answer, String effect) {}
