package io.triptych.ui.model;

import io.triptych.domain.Environment;
import io.triptych.domain.EnvironmentSnapshot;
import io.triptych.domain.Health;
import io.triptych.domain.Item;
import io.triptych.domain.Pipeline;
import io.triptych.domain.SecurityGroup;
import io.triptych.domain.Section;
import io.triptych.domain.SectionKind;
import io.triptych.domain.Server;
import io.triptych.domain.Service;
import io.triptych.domain.Volume;
import io.triptych.ui.model.RowList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** One column's state: its latest snapshot, applied on the FX thread into rows updated in place. */
public final class EnvironmentViewModel {

    // ---- Properties ----
    private final Environment environment;
    private final ReadOnlyObjectWrapper<EnvironmentSnapshot> snapshot = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Health> health = new ReadOnlyObjectWrapper<>(Health.UNKNOWN);
    private final Map<SectionKind, ReadOnlyObjectWrapper<Section<?>>> sections = new EnumMap<>(SectionKind.class);
    private final RowList<Server> servers = new RowList<>();
    private final RowList<Volume> volumes = new RowList<>();
    private final RowList<SecurityGroup> groups = new RowList<>();
    private final RowList<Service> services = new RowList<>();
    private final RowList<Pipeline> pipelines = new RowList<>();
    private final ReadOnlyObjectWrapper<RowAttention> attention = new ReadOnlyObjectWrapper<>(RowAttention.NONE);
    private String needle = "";
    private boolean onlyProblems;

    public EnvironmentViewModel(Environment environment) {
        this.environment = environment;
        for (SectionKind k : SectionKind.values()) {
            sections.put(k, new ReadOnlyObjectWrapper<>(Section.loading(k)));
        }
    }

    public Environment environment() {
        return environment;
    }

    public ReadOnlyObjectProperty<EnvironmentSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Health> healthProperty() {
        return health.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Section<?>> sectionProperty(SectionKind kind) {
        return sections.get(kind).getReadOnlyProperty();
    }

    /** Which rows need a look and which are acknowledged; replaced when the snapshot's problems change. */
    public ReadOnlyObjectProperty<RowAttention> attentionProperty() {
        return attention.getReadOnlyProperty();
    }

    /** Rows that pass the text filter but are hidden because they are healthy (only-problems view). */
    public int hiddenHealthy() {
        if (!onlyProblems) {
            return 0;
        }
        int n = 0;
        for (SectionKind k : SectionKind.values()) {
            RowList<Item> rows = rows(k);
            for (Item i : rows.all()) {
                if (matches(i) && !attention.get().needsLook(k, i)) {
                    n++;
                }
            }
        }
        return n;
    }

    @SuppressWarnings("unchecked")
    public <T extends Item> RowList<T> rows(SectionKind kind) {
        return (RowList<T>) switch (kind) {
            case SERVERS -> servers;
            case VOLUMES -> volumes;
            case SECURITY_GROUPS -> groups;
            case SERVICES -> services;
            case PIPELINES -> pipelines;
        };
    }

    // ---- Commands ----

    /** Applies a snapshot (FX thread). Returns the number of rows that changed. */
    public int apply(EnvironmentSnapshot s) {
        int changed = 0;
        for (SectionKind k : SectionKind.values()) {
            changed += diff(k, s);
        }
        for (SectionKind k : SectionKind.values()) {
            sections.get(k).set(s.section(k));
        }
        health.set(s.health());
        RowAttention next = new RowAttention(s.problems());
        if (!next.equals(attention.get())) {
            attention.set(next);
            if (onlyProblems) {
                refilter();
            }
        }
        snapshot.set(s);
        return changed;
    }

    /**
     * A snapshot re-publishes the sections that did not change as the same objects, and a section fetched again
     * with the same items keeps the same list (the live layer sees to it): their diff is skipped.
     */
    private <T extends Item> int diff(SectionKind kind, EnvironmentSnapshot s) {
        EnvironmentSnapshot last = snapshot.get();
        if (last != null && last.section(kind).items() == s.section(kind).items()) {
            return 0;
        }
        @SuppressWarnings("unchecked")
        List<T> items = (List<T>) s.section(kind).items();
        return this.<T>rows(kind).apply(items);
    }

    /** Shows only rows whose text contains the filter (case-insensitive); blank shows all. */
    public void filter(String text) {
        needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        refilter();
    }

    /** Shows only the rows that need a look (with the text filter, if any); off shows every row again. */
    public void onlyProblems(boolean on) {
        onlyProblems = on;
        refilter();
    }

    private boolean matches(Item item) {
        return needle.isEmpty() || item.searchText().contains(needle);
    }

    private void refilter() {
        RowAttention a = attention.get();
        for (SectionKind k : SectionKind.values()) {
            RowList<Item> rows = rows(k);
            if (needle.isEmpty() && !onlyProblems) {
                rows.filter(item -> true);
            } else if (!onlyProblems) {
                rows.filter(this::matches);
            } else {
                rows.filter(item -> matches(item) && a.needsLook(k, item));
            }
        }
    }
}
