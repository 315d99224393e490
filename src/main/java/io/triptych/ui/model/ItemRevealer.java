package io.triptych.ui.model;

import io.triptych.domain.SectionKind;

/**
 * Shows one item from elsewhere (the problems list, the timeline): opens its section, clears a filter
 * that hides it, selects it and scrolls to it. The shell implements it; other views only ask.
 */
@FunctionalInterface
public interface ItemRevealer {
    /** Returns false when the item is not (or no longer) in its section. */
    boolean reveal(String environmentId, SectionKind kind, String itemKey);
}
