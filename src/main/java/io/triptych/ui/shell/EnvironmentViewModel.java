package io.triptych.ui.shell;

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
import io.triptych.ui.section.RowList;
import java.util.EnumMap;
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
        EnvironmentSnapshot last = snapshot.get();
        // A snapshot re-publishes the sections that did not change as the same objects: skip their diff.
        int changed = (last != null && last.servers() == s.servers() ? 0 : servers.apply(s.servers().items()))
                + (last != null && last.volumes() == s.volumes() ? 0 : volumes.apply(s.volumes().items()))
                + (last != null && last.securityGroups() == s.securityGroups() ? 0
                        : groups.apply(s.securityGroups().items()))
                + (last != null && last.services() == s.services() ? 0 : services.apply(s.services().items()))
                + (last != null && last.pipelines() == s.pipelines() ? 0 : pipelines.apply(s.pipelines().items()));
        for (SectionKind k : SectionKind.values()) {
            sections.get(k).set(s.section(k));
        }
        health.set(s.health());
        snapshot.set(s);
        return changed;
    }

    /** Shows only rows whose text contains the filter (case-insensitive); blank shows all. */
    public void filter(String text) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (SectionKind k : SectionKind.values()) {
            RowList<Item> rows = rows(k);
            rows.filter(needle.isEmpty() ? item -> true : item -> item.searchText().contains(needle));
        }
    }
}
