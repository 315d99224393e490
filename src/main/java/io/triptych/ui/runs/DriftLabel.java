package io.triptych.ui.runs;

import io.triptych.domain.DriftCheck;
import io.triptych.iac.DriftStore;
import io.triptych.ui.i18n.I18n;
import io.triptych.ui.text.Ages;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;

/**
 * The column header's drift line: "Terraform: in sync · checked 3 min ago", "drifted (2)", "check failed".
 * Listens to the session's drift store, which outlives the dashboard: {@link #close} when the column goes.
 */
final class DriftLabel extends Label implements AutoCloseable {
    private final ObjectProperty<DriftCheck> check = new SimpleObjectProperty<>();
    private final DriftStore store;
    private final BiConsumer<String, DriftCheck> listener;

    DriftLabel(String environmentId, DriftStore store, Executor fx, ObservableValue<Instant> now, I18n i18n) {
        setId("drift-" + environmentId);
        getStyleClass().add("env-drift");
        check.set(store.latest(environmentId).orElse(null));
        this.store = store;
        this.listener = (env, c) -> {
            if (env.equals(environmentId)) {
                fx.execute(() -> check.set(c));
            }
        };
        store.addListener(listener);
        textProperty().bind(Bindings.createStringBinding(() -> text(now.getValue(), i18n), check, now,
                i18n.languageProperty()));
        check.addListener((o, was, c) -> {
            getStyleClass().removeIf(s -> s.startsWith("drift-"));
            if (c != null) {
                getStyleClass().add("drift-" + c.status().name().toLowerCase(java.util.Locale.ROOT));
            }
        });
    }

    /** Stops following the store: the replaced dashboard's label no longer hears of new checks. */
    @Override
    public void close() {
        store.removeListener(listener);
    }

    private String text(Instant now, I18n i18n) {
        DriftCheck c = check.get();
        if (c == null) {
            return i18n.get("runs.drift.never");
        }
        String what;
        switch (c.status()) {
            case IN_SYNC: what = i18n.get("runs.drift.inSync"); break;
            case DRIFTED: what = i18n.get("runs.drift.drifted", c.changes()); break;
            default: what = i18n.get("runs.drift.failed"); break;
        }
        return i18n.get("runs.drift.line", what, Ages.format(c.checkedAt(), now == null ? c.checkedAt() : now, i18n));
    }
}
