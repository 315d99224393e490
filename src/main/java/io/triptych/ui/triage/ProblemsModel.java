package io.triptych.ui.triage;

import io.triptych.domain.Severity;
import io.triptych.triage.TrackedProblem;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The problems list as the window shows it (FX thread): every environment's problems, loudest first,
 * acknowledged ones last, and a filter on one environment ("" for all).
 */
public final class ProblemsModel {
    static final Comparator<TrackedProblem> ORDER = Comparator.comparing(TrackedProblem::acknowledged)
            .thenComparing(p -> p.finding().severity(), Comparator.comparing(Severity::ordinal))
            .thenComparing(TrackedProblem::since, Comparator.reverseOrder())
            .thenComparing(p -> p.key());
    private final ObservableList<TrackedProblem> all = FXCollections.observableArrayList();
    private final FilteredList<TrackedProblem> shown = new FilteredList<>(all);
    private final ObjectProperty<String> environment = new SimpleObjectProperty<>("");

    public ProblemsModel() {
        environment.addListener((o, was, now) -> shown.setPredicate(
                now == null || now.isEmpty() ? null : p -> p.environmentId().equals(now)));
    }

    /** The display order; call off the FX thread for long lists. */
    public static List<TrackedProblem> sorted(List<TrackedProblem> problems) {
        return problems.stream().sorted(ORDER).toList();
    }

    /** Replaces the list (FX thread), given in {@link #sorted} order; an unchanged list is left alone so the
     *  selection stays. */
    public void set(List<TrackedProblem> sorted) {
        if (!sorted.equals(all)) {
            all.setAll(sorted);
        }
    }

    public ObservableList<TrackedProblem> all() {
        return all;
    }

    public ObservableList<TrackedProblem> shown() {
        return shown;
    }

    public ObjectProperty<String> environmentProperty() {
        return environment;
    }
}
