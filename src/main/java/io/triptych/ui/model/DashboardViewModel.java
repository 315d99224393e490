package io.triptych.ui.model;

import io.triptych.domain.Environment;
import io.triptych.domain.EnvironmentSnapshot;
import io.triptych.domain.Item;
import java.time.Instant;
import io.triptych.domain.SectionKind;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
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
    private final ObjectProperty<ViewFocus> focus = new SimpleObjectProperty<>(ViewFocus.OVERVIEW);
    private final ObjectProperty<Density> density = new SimpleObjectProperty<>(Density.NORMAL);
    private final BooleanProperty onlyProblems = new SimpleBooleanProperty();
    private final ReadOnlyIntegerWrapper hiddenHealthy = new ReadOnlyIntegerWrapper();
    private final Map<SectionKind, BooleanProperty> expanded = new EnumMap<>(SectionKind.class);

    public DashboardViewModel(String siteName, boolean demo, boolean readOnly, List<Environment> environments) {
        this.siteName = siteName;
        this.demo = demo;
        this.readOnly = readOnly;
        this.environments = environments.stream().map(EnvironmentViewModel::new).toList();
        filter.addListener((o, was, text) -> {
            this.environments.forEach(e -> e.filter(text));
            countHidden();
        });
        onlyProblems.addListener((o, was, on) -> {
            this.environments.forEach(e -> e.onlyProblems(on));
            countHidden();
        });
        for (SectionKind k : SectionKind.values()) {
            expanded.put(k, new SimpleBooleanProperty(true));
        }
        // A focused kind is shown open: focusing a collapsed kind would otherwise show three titles only.
        focus.addListener((o, was, now) -> now.kind().ifPresent(k -> expanded.get(k).set(true)));
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

    /** Overview, or one kind given the full height of the three columns. */
    public ObjectProperty<ViewFocus> focusProperty() {
        return focus;
    }

    public ObjectProperty<Density> densityProperty() {
        return density;
    }

    /** Only the rows that need a look, in every column (combined with the filter). */
    public BooleanProperty onlyProblemsProperty() {
        return onlyProblems;
    }

    /** How many rows the only-problems view hides because they are healthy (0 when it is off). */
    public ReadOnlyIntegerProperty hiddenHealthyProperty() {
        return hiddenHealthy.getReadOnlyProperty();
    }

    /** Whether a kind's sections are open: one switch for the three columns, so the same kind sits side by side. */
    public BooleanProperty expandedProperty(SectionKind kind) {
        return expanded.get(kind);
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
        if (onlyProblems.get()) {
            countHidden();
        }
        lastApplyNanos.set(System.nanoTime() - start);
    }

    public void select(Selection s) {
        selection.set(s);
    }

    public void clearFilter() {
        filter.set("");
    }

    private void countHidden() {
        hiddenHealthy.set(environments.stream().mapToInt(EnvironmentViewModel::hiddenHealthy).sum());
    }

    public void tick(Instant instant) {
        now.set(instant);
    }
}
