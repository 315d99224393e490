package io.triptych.ui.section;

import io.triptych.domain.Tone;
import io.triptych.ui.i18n.I18n;
import io.triptych.ui.text.TextMask;
import java.util.Comparator;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;

/** Small factories for the columns every section table uses; headers follow the language. */
final class Columns {
    private Columns() {
    }

    static <T> TableColumn<T, String> text(I18n i18n, TextMask mask, String key, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>();
        c.textProperty().bind(i18n.text(key));
        c.setId(key);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(
                mask.apply(value.apply(f.getValue())))); // privacy mask, at display
        // Not the default Collator: sorting 5,000 rows with it costs seconds on the FX thread.
        c.setComparator(Comparator.nullsFirst(String.CASE_INSENSITIVE_ORDER));
        return c;
    }

    static <T> TableColumn<T, Number> number(I18n i18n, String key, Function<T, Number> value) {
        TableColumn<T, Number> c = new TableColumn<>();
        c.textProperty().bind(i18n.text(key));
        c.setId(key);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        c.getStyleClass().add("numeric");
        return c;
    }

    /** A status column: sorts by tone (worst first), then by word. */
    static <T> TableColumn<T, T> status(I18n i18n, String key, Function<T, String> word, Function<T, Tone> tone,
                                        boolean translate) {
        return status(i18n, key, word, tone, translate, t -> "");
    }

    /** @param detail shown before the word while there is one (a server's task state: "powering-off") */
    static <T> TableColumn<T, T> status(I18n i18n, String key, Function<T, String> word, Function<T, Tone> tone,
                                        boolean translate, Function<T, String> detail) {
        TableColumn<T, T> c = new TableColumn<>();
        c.textProperty().bind(i18n.text(key));
        c.setId(key);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue()));
        c.setCellFactory(col -> new StatusCell<>(i18n, word, tone, translate, detail));
        c.setComparator(Comparator.<T, Integer>comparing(t -> severityRank(tone.apply(t)))
                .thenComparing(word, Comparator.nullsFirst(String.CASE_INSENSITIVE_ORDER)));
        return c;
    }

    private static int severityRank(Tone t) {
        return switch (t) {
            case BAD -> 0;
            case WARN -> 1;
            case BUSY -> 2;
            case IDLE -> 3;
            case GOOD -> 4;
        };
    }
}
