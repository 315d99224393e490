package io.triptych.ui.shell;

import io.triptych.ui.model.Selection;
import io.triptych.domain.Pipeline;
import io.triptych.domain.SectionKind;
import io.triptych.domain.Tone;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * Polls faster only where the user is looking: while the selected row is a pipeline still running (or a
 * server in transition: powering-off, REBOOT…), its environment's section is asked for at every call
 * (every 5 s from the dashboard's clock) instead of at the site's period. Everything else keeps the quiet pace.
 */
final class FocusedRefresh {
    private final Supplier<Selection> selection;
    private final BiConsumer<String, SectionKind> refreshSoon;

    FocusedRefresh(Supplier<Selection> selection, BiConsumer<String, SectionKind> refreshSoon) {
        this.selection = selection;
        this.refreshSoon = refreshSoon;
    }

    void tick() {
        Selection sel = selection.get();
        if (sel != null && sel.item() instanceof Pipeline && ((Pipeline) sel.item()).tone() == Tone.BUSY) {
            refreshSoon.accept(sel.environmentId(), SectionKind.PIPELINES);
        }
        // A server being started, stopped or rebooted (from this window, say): its row follows each step.
        if (sel != null && sel.item() instanceof io.triptych.domain.Server s && s.tone() == Tone.BUSY) {
            refreshSoon.accept(sel.environmentId(), SectionKind.SERVERS);
        }
    }
}
