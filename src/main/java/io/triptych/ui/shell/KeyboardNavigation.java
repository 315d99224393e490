package io.triptych.ui.shell;

import io.triptych.ui.model.DashboardViewModel;
import io.triptych.domain.SectionKind;
import io.triptych.ui.section.SectionTable;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Keys: Ctrl+F filter, Esc clears it, Ctrl+1..3 a column, Ctrl+←/→ the same section in the next column,
 * Ctrl+↑/↓ the previous or next section of a column, Alt+1 Overview and Alt+2..6 one kind in focus.
 */
final class KeyboardNavigation {
    private static final KeyCombination FIND = KeyCombination.valueOf("Shortcut+F");
    private final List<EnvironmentColumn> columns;
    private final TextField filter;
    private final DashboardViewModel dashboard;

    KeyboardNavigation(List<EnvironmentColumn> columns, TextField filter, DashboardViewModel dashboard) {
        this.columns = columns;
        this.filter = filter;
        this.dashboard = dashboard;
    }

    void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    }

    private void onKey(KeyEvent e) {
        if (FIND.match(e)) {
            filter.requestFocus();
            filter.selectAll();
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE && !dashboard.filterProperty().get().isEmpty()) {
            dashboard.clearFilter();
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE && dashboard.selectionProperty().get() != null) {
            dashboard.select(null);
            e.consume();
        } else if (e.isAltDown() && !e.isShortcutDown() && focusKey(e.getCode()) != null) {
            dashboard.focusProperty().set(focusKey(e.getCode()));
            e.consume();
        } else if (e.isShortcutDown() && e.getCode().isDigitKey()) {
            int n = e.getCode().getCode() - KeyCode.DIGIT1.getCode();
            if (n >= 0 && n < columns.size()) {
                focus(n, current().map(SectionTable::kind).orElse(SectionKind.SERVERS), 0);
                e.consume();
            }
        } else if (e.isShortcutDown() && e.getCode().isArrowKey()) {
            move(e.getCode());
            e.consume();
        }
    }

    /** Alt+1 Overview, Alt+2..6 the kinds in toolbar order; null for another key. */
    private static io.triptych.ui.model.ViewFocus focusKey(KeyCode code) {
        int n = code.getCode() - KeyCode.DIGIT1.getCode();
        if (code.getCode() >= KeyCode.NUMPAD1.getCode() && code.getCode() <= KeyCode.NUMPAD9.getCode()) {
            n = code.getCode() - KeyCode.NUMPAD1.getCode();
        } else if (!code.isDigitKey()) {
            return null;
        }
        io.triptych.ui.model.ViewFocus[] all = io.triptych.ui.model.ViewFocus.values();
        return n >= 0 && n < all.length ? all[n] : null;
    }

    private void move(KeyCode code) {
        SectionTable<?> t = current().orElse(null);
        int col = t == null ? 0 : indexOf(t.environmentId());
        SectionKind kind = t == null ? SectionKind.SERVERS : t.kind();
        switch (code) {
            case LEFT -> focus(Math.floorMod(col - 1, columns.size()), kind, 0);
            case RIGHT -> focus(Math.floorMod(col + 1, columns.size()), kind, 0);
            case UP -> focus(col, kind, -1);
            case DOWN -> focus(col, kind, +1);
            default -> { }
        }
    }

    /** Focuses a section's table, stepping over collapsed sections in {@code step}'s direction. */
    private void focus(int col, SectionKind kind, int step) {
        SectionKind[] kinds = SectionKind.values();
        int k = kind.ordinal();
        for (int i = 0; i < kinds.length; i++) {
            k = Math.floorMod(k + step, kinds.length);
            EnvironmentColumn c = columns.get(col);
            if (c.sections().get(k).isExpanded() && c.sections().get(k).isVisible()) {
                SectionTable<?> table = c.table(kinds[k]);
                table.requestFocus();
                if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                    table.getFocusModel().focus(0);
                }
                return;
            }
            if (step == 0) {
                step = 1;
            }
        }
    }

    private java.util.Optional<SectionTable<?>> current() {
        Node n = filter.getScene() == null ? null : filter.getScene().getFocusOwner();
        while (n != null && !(n instanceof SectionTable)) {
            n = n.getParent();
        }
        return java.util.Optional.ofNullable((SectionTable<?>) n);
    }

    private int indexOf(String envId) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).getId().equals("column-" + envId)) {
                return i;
            }
        }
        return 0;
    }
}
