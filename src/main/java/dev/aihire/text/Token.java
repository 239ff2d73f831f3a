package dev.aihire.text;

/**
 * One normalised word of a text. {@code start}/{@code end} point into the text as given, so
 * explanations can quote the user's own words; {@code negated} marks words said in the negative
 * ("we don't need <i>model training</i>").
 */
public record Token(String stem, int start, int end, boolean negated) {}
