package io.triptych.ui.model;

import io.triptych.domain.Item;
import io.triptych.domain.SectionKind;

/** What the detail pane shows: one item of one section of one environment. */
public record Selection(String environmentId, SectionKind kind, Item item) {
}
