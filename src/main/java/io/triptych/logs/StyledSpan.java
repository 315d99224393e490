package io.triptych.logs;

/** A run of a line's visible text, {@code [start, end)}, in one style. */
public record StyledSpan(int start, int end, Style style) {
}
