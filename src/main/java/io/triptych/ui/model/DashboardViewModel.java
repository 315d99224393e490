package io.triptych.ui.model;

import io.triptych.domain.Environment;
import io.triptych.domain.EnvironmentSnapshot;
import io.triptych.domain.Item;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The window's state: three columns, one filter, one selection, the clock. No javafx.scene here: views
 * bind to these properties and call these commands.
 */
public final class DashboardViewModel {

    // ---- Properties ----
    private final String siteName;
    private final boolean demo;
    private final boolean readOnly;
    private final List<EnvironmentViewModel> environments;
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<Selection> selection = new SimpleObjectProperty<>();
    private final ObjectProperty<Instant> now = new SimpleObjectProperty<>(Instant.now());
    private final ReadOnlyLongWrapper lastApplyNanos = new ReadOnlyLongWrapper();

    public DashboardViewModel(String siteName, boolean demo, boolean readOnly, List<Environment> environments) {
        this.siteName = siteName;
        this.demo = demo;
        this.readOnly = readOnly;
        this.environments = environments.stream().map(EnvironmentViewModel::new).toList();
        filter.addListener((o, was, text) -> this.environments.forEach(e -> e.filter(text)));
    }

    public String siteName() {
        return siteName;
    }

    public boolean demo() {
        return demo;
    }

    public boolean readOnly() {
        return readOnly;
    }

    public List<EnvironmentViewModel> environments() {
        return environments;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObjectProperty<Selection> selectionProperty() {
        return selection;
    }

    public ObjectProperty<Instant> nowProperty() {
        return now;
    }

    /** FX-thread time the last snapshot took to apply (shown by the benchmark). */
    public ReadOnlyLongProperty lastApplyNanosProperty() {
        return lastApplyNanos.getReadOnlyProperty();
    }

    public Optional<EnvironmentViewModel> environment(String id) {
        return environments.stream().filter(e -> e.environment().id().equals(id)).findFirst();
    }

    // ---- Commands ----

    /** Applies one environment's snapshot (FX thread) and keeps the selection on the same item. */
    public void apply(EnvironmentSnapshot snapshot) {
        long start = System.nanoTime();
        environment(snapshot.environment().id()).ifPresent(e -> e.apply(snapshot));
        Selection sel = selection.get();
        if (sel != null && sel.environmentId().equals(snapshot.environment().id())) {
            Optional<? extends Item> fresh = snapshot.section(sel.kind()).items().stream()
                    .filter(i -> i.key().equals(sel.item().key())).findFirst();
            fresh.filter(i -> !i.equals(sel.item()))
                    .ifPresent(i -> selection.set(new Selection(sel.environmentId(), sel.kind(), i)));
        }
        lastApplyNanos.set(System.nanoTime() - start);
    }

    public void select(Selection s) {
        selection.set(s);
    }

    public void clearFilter() {
        filter.set("");
    }

    public void tick(Instant instant) {
        now.set(instant);
    }
}
