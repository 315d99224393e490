package io.triptych.ui.detail;

import io.triptych.domain.Tone;
import io.triptych.ui.section.ToneIcons;
import javafx.scene.control.Label;

/** A status word with its tone's icon and colour, for the detail pane. */
final class StatusLabel extends Label {
    StatusLabel(String word, Tone tone) {
        super(word, ToneIcons.icon(tone));
        getStyleClass().addAll("status-label", ToneIcons.styleClass(tone));
    }
}
