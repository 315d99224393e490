package io.triptych.ui.console;

import io.triptych.ui.i18n.I18n;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

/**
 * The console's lines on screen: a fixed pool of {@link ConsoleRow}s, one per visible row, and two plain scroll
 * bars — a viewport over the shown list, not a list control. However many lines arrive in a pulse and however many
 * are kept, a layout costs one pass over the visible rows: the rows stay in the scene graph (it changes only when
 * the viewport grows), a row still showing its line keeps it, the others get new texts. A change of the shown list
 * only notes where the view stands and asks for a layout, so a pulse lays the viewport out once.
 *
 * <p>What the list control gave is kept: follow the tail (scrolling up stops following, scrolling back to the last
 * line follows again), selection of lines (click, Shift and Shortcut clicks, drag, keyboard), copy, the search's
 * marks, folding a section header on click (or Enter), keyboard navigation, the row height in em (zoom).
 */
public final class ConsoleViewport extends Region {
    /** Row height in em of the console's font (18 px at 13 px): it grows with the zoom (ADR 0026). */
    static final double ROW_EM = 1.385;
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination ALL = new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN);

    private final ObservableList<ConsoleLine> items;
    private final BooleanProperty follow;
    private final Consumer<ConsoleLine> toggle;
    private final Supplier<String> needle;
    private final I18n i18n;
    private final Pane sheet = new Pane();
    private final Rectangle clip = new Rectangle();
    private final ScrollBar vbar = new ScrollBar();
    private final ScrollBar hbar = new ScrollBar();
    /** Carries the console's font from CSS (the zoom's em) to the rows, as a cell's font did. */
    private final Label probe = new Label();
    private final Label placeholder;
    private final List<ConsoleRow> rows = new ArrayList<>();
    private final LineSelection selection = new LineSelection();
    /** The line in the top row at the last layout: where the view stands when lines come or go before it. */
    private ConsoleLine topLine;
    private int top;
    private int fullRows = 1;
    private double rowHeight = 18;
    private double widest;
    private boolean redraw = true;
    private boolean adjusting;
    private Runnable onCopy = () -> { };

    ConsoleViewport(ObservableList<ConsoleLine> items, BooleanProperty follow, Consumer<ConsoleLine> toggle,
            Supplier<String> needle, I18n i18n, String empty) {
        this.items = items;
        this.follow = follow;
        this.toggle = toggle;
        this.needle = needle;
        this.i18n = i18n;
        getStyleClass().add("log-lines");
        setFocusTraversable(true);
        sheet.setClip(clip);
        sheet.getStyleClass().add("log-sheet");
        vbar.setOrientation(Orientation.VERTICAL);
        vbar.setUnitIncrement(1);
        hbar.setOrientation(Orientation.HORIZONTAL);
        probe.setOpacity(0);
        probe.setMouseTransparent(true);
        placeholder = new Label(empty);
        placeholder.getStyleClass().add("log-placeholder");
        getChildren().addAll(sheet, vbar, hbar, probe, placeholder);

        items.addListener(this::changed);
        follow.addListener((o, was, now) -> requestLayout());
        probe.fontProperty().addListener((o, was, now) -> refresh());
        focusedProperty().addListener((o, was, now) -> requestLayout());
        vbar.valueProperty().addListener((o, was, now) -> {
            if (!adjusting) {
                userTop((int) Math.round(now.doubleValue()));
            }
        });
        hbar.valueProperty().addListener((o, was, now) -> {
            if (!adjusting) {
                requestLayout();
            }
        });
        addEventHandler(ScrollEvent.SCROLL, this::wheel);
        sheet.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        sheet.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        sheet.addEventHandler(MouseEvent.MOUSE_CLICKED, this::clicked);
        addEventHandler(KeyEvent.KEY_PRESSED, this::key);
    }

    // ---- What the console view and tests use ----

    /** The lines this viewport shows (the model's shown list). */
    public ObservableList<ConsoleLine> items() {
        return items;
    }

    /** The selected lines in the order shown. */
    public List<ConsoleLine> selectedLines() {
        return selection.in(items);
    }

    /** The rows showing a line, top to bottom. */
    public List<ConsoleRow> visibleRows() {
        List<ConsoleRow> out = new ArrayList<>();
        for (ConsoleRow r : rows) {
            if (r.line() != null) {
                out.add(r);
            }
        }
        out.sort((a, b) -> Double.compare(a.getLayoutY(), b.getLayoutY()));
        return out;
    }

    /** Index of the line in the top row. */
    public int topIndex() {
        return top;
    }

    /** Rows fully visible at the last layout. */
    public int fullRows() {
        return fullRows;
    }

    /** What Shortcut+C does. */
    void onCopy(Runnable r) {
        onCopy = r;
    }

    /** Selects only the line at {@code index}. */
    public void select(int index) {
        if (index >= 0 && index < items.size()) {
            selection.only(items.get(index));
            requestLayout();
        }
    }

    /** Puts the line at {@code index} in the top row (the program's move: follow is left as it is). */
    public void scrollTo(int index) {
        top = Math.max(0, Math.min(index, items.size() - 1));
        topLine = top < items.size() ? items.get(top) : null;
        requestLayout();
    }

    /** Draws every row again at the next layout (search, language, zoom). */
    public void refresh() {
        redraw = true;
        requestLayout();
    }

    // ---- Changes ----

    private void changed(ListChangeListener.Change<? extends ConsoleLine> c) {
        int guess = top;
        while (c.next()) {
            if (c.wasReplaced()) {
                redraw = true; // rebuilt (a fold, the end of a pause): a header's arrow may have turned
            }
            if (c.getFrom() < guess) {
                guess = Math.max(c.getFrom(), guess + c.getAddedSize() - c.getRemovedSize());
            }
        }
        top = locate(topLine, guess);
        selection.prune(items);
        requestLayout();
    }

    /** Where {@code line} is now; {@code guess} first, else a search; else the guess within the list. */
    private int locate(ConsoleLine line, int guess) {
        int n = items.size();
        if (line != null) {
            if (guess >= 0 && guess < n && items.get(guess) == line) {
                return guess;
            }
            for (int i = 0; i < n; i++) {
                if (items.get(i) == line) {
                    return i;
                }
            }
        }
        return Math.max(0, Math.min(guess, n - 1));
    }

    private int maxTop() {
        return Math.max(0, items.size() - fullRows);
    }

    /** The user moved the view: below the last line it follows again, above it it stops following. */
    private void userTop(int t) {
        int max = maxTop();
        top = Math.max(0, Math.min(t, max));
        topLine = top < items.size() ? items.get(top) : null;
        follow.set(top >= max);
        requestLayout();
    }

    // ---- Layout ----

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double x0 = in.getLeft();
        double y0 = in.getTop();
        double w = Math.max(0, getWidth() - in.getLeft() - in.getRight());
        double h = Math.max(0, getHeight() - in.getTop() - in.getBottom());
        double rh = Math.max(1, Math.round(probe.getFont().getSize() * ROW_EM));
        if (rh != rowHeight) {
            rowHeight = rh;
            redraw = true;
        }
        int n = items.size();
        double vw = vbar.prefWidth(-1);
        double hh = hbar.prefHeight(-1);
        boolean needH = widest > w - (n * rh > h ? vw : 0);
        double viewH = Math.max(0, h - (needH ? hh : 0));
        int full = Math.max(1, (int) Math.floor(viewH / rh));
        boolean needV = n > full;
        double viewW = Math.max(0, w - (needV ? vw : 0));
        int visible = Math.max(1, (int) Math.ceil(viewH / rh));
        fullRows = full;
        int maxTop = Math.max(0, n - full);
        top = follow.get() ? maxTop : Math.max(0, Math.min(top, maxTop));
        topLine = top < n ? items.get(top) : null;

        while (rows.size() < visible) { // the scene graph changes only when the viewport grows
            ConsoleRow r = new ConsoleRow();
            r.setManaged(false); // placed by this layout, not sized to its text by the sheet's
            rows.add(r);
            sheet.getChildren().add(r);
        }
        boolean[] fresh = new boolean[Math.max(0, Math.min(visible, n - top))];
        ConsoleRow[] slot = assign(fresh);
        String find = needle.get();
        double size = probe.getFont().getSize();
        double hoff = needH ? Math.max(0, Math.min(hbar.getValue(), widest - viewW)) : 0;
        for (int i = 0; i < slot.length; i++) {
            ConsoleRow r = slot[i];
            if (fresh[i]) {
                r.show(items.get(top + i), size, i18n, find);
            }
            widest = Math.max(widest, r.textWidth());
        }
        double rowWidth = Math.max(viewW, widest);
        for (int i = 0; i < slot.length; i++) {
            ConsoleRow r = slot[i];
            r.resizeRelocate(-hoff, i * rh, rowWidth, rh);
            r.selected(selection.contains(r.line()));
            r.cursor(isFocused() && r.line() == selection.cursor());
        }
        redraw = false;

        sheet.resizeRelocate(x0, y0, viewW, viewH);
        clip.setWidth(viewW);
        clip.setHeight(viewH);
        adjusting = true;
        vbar.setVisible(needV);
        if (needV) {
            vbar.setMax(maxTop);
            vbar.setVisibleAmount(maxTop * (double) full / n);
            vbar.setBlockIncrement(full);
            vbar.setValue(top);
        }
        vbar.resizeRelocate(x0 + viewW, y0, needV ? vw : 0, viewH);
        hbar.setVisible(needH);
        hbar.resizeRelocate(x0, y0 + viewH, needH ? viewW : 0, hh);
        if (needH) {
            hbar.setMax(widest - viewW);
            hbar.setVisibleAmount((widest - viewW) * viewW / widest);
            hbar.setUnitIncrement(rh);
            hbar.setBlockIncrement(viewW);
            hbar.setValue(hoff);
        }
        adjusting = false;
        probe.resizeRelocate(0, 0, 0, 0);
        placeholder.setVisible(n == 0);
        placeholder.autosize();
        placeholder.relocate(x0 + (w - placeholder.getWidth()) / 2, y0 + (h - placeholder.getHeight()) / 2);
        if (widest > w - (needV ? vw : 0) != needH) {
            requestLayout(); // a line wider than the view came into sight: the horizontal bar at the next pulse
        }
    }

    /**
     * Gives each visible slot its row: a row already showing the slot's line keeps it (no new text), the others are
     * marked {@code fresh} for the caller to fill; rows beyond the visible ones are hidden.
     */
    private ConsoleRow[] assign(boolean[] fresh) {
        int count = fresh.length;
        ConsoleRow[] slot = new ConsoleRow[count];
        Map<ConsoleLine, Integer> wanted = new IdentityHashMap<>();
        for (int i = 0; i < count; i++) {
            wanted.put(items.get(top + i), i);
        }
        List<ConsoleRow> free = new ArrayList<>();
        for (ConsoleRow r : rows) {
            Integer i = redraw || r.line() == null ? null : wanted.get(r.line());
            if (i != null && slot[i] == null) {
                slot[i] = r;
            } else {
                free.add(r);
            }
        }
        int f = 0;
        for (int i = 0; i < count; i++) {
            if (slot[i] == null) {
                slot[i] = free.get(f++);
                fresh[i] = true;
            }
        }
        for (; f < free.size(); f++) {
            if (free.get(f).line() != null || free.get(f).isVisible()) {
                free.get(f).hide();
            }
        }
        return slot;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 400;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 200;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 40;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 40;
    }

    // ---- Mouse and keys ----

    private int indexAt(double y) {
        int i = top + (int) Math.floor(y / rowHeight);
        return y < 0 || i >= items.size() ? -1 : i;
    }

    private void wheel(ScrollEvent e) {
        if (e.getDeltaY() != 0) {
            int lines = (int) Math.round(-e.getDeltaY() / rowHeight);
            userTop(top + (lines == 0 ? (e.getDeltaY() > 0 ? -1 : 1) : lines));
        }
        if (e.getDeltaX() != 0 && hbar.isVisible()) {
            hbar.setValue(Math.max(0, Math.min(hbar.getMax(), hbar.getValue() - e.getDeltaX())));
        }
        e.consume();
    }

    private void pressed(MouseEvent e) {
        requestFocus();
        int i = indexAt(e.getY());
        if (i < 0 || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        ConsoleLine l = items.get(i);
        if (e.isShiftDown() && selection.anchor() != null) {
            range(i);
        } else if (e.isShortcutDown()) {
            selection.flip(l);
        } else {
            selection.only(l);
        }
        requestLayout();
    }

    private void dragged(MouseEvent e) {
        if (selection.anchor() == null || items.isEmpty()) {
            return;
        }
        if (e.getY() < 0) {
            userTop(top - 1);
        } else if (e.getY() > sheet.getHeight()) {
            userTop(top + 1);
        }
        int i = top + (int) Math.floor(Math.max(0, Math.min(e.getY(), sheet.getHeight() - 1)) / rowHeight);
        range(Math.min(i, items.size() - 1));
        requestLayout();
    }

    private void clicked(MouseEvent e) {
        int i = indexAt(e.getY());
        if (i >= 0 && e.getButton() == MouseButton.PRIMARY && e.isStillSincePress() && !e.isShiftDown()
                && !e.isShortcutDown() && items.get(i).header() != null) {
            toggle.accept(items.get(i));
        }
    }

    /** Selects from the anchor to {@code to}, both included. */
    private void range(int to) {
        selection.range(items, locate(selection.anchor(), to), to);
    }

    private void key(KeyEvent e) {
        if (COPY.match(e)) {
            onCopy.run();
        } else if (ALL.match(e)) {
            selection.all(items);
            requestLayout();
        } else {
            ConsoleLine cursor = selection.cursor();
            int at = cursor == null ? -1 : locate(cursor, -1);
            if (at >= 0 && items.get(at) != cursor) {
                at = -1;
            }
            int from = at >= 0 ? at : Math.min(top + fullRows - 1, items.size() - 1);
            switch (e.getCode()) {
                case UP -> move(from - 1, e.isShiftDown());
                case DOWN -> move(from + 1, e.isShiftDown());
                case PAGE_UP -> move(from - fullRows, e.isShiftDown());
                case PAGE_DOWN -> move(from + fullRows, e.isShiftDown());
                case HOME -> move(0, e.isShiftDown());
                case END -> move(items.size() - 1, e.isShiftDown());
                case LEFT -> hbar.setValue(Math.max(0, hbar.getValue() - 4 * rowHeight));
                case RIGHT -> hbar.setValue(Math.min(hbar.getMax(), hbar.getValue() + 4 * rowHeight));
                case ENTER, SPACE -> {
                    if (at >= 0 && cursor.header() != null) {
                        toggle.accept(cursor);
                    }
                }
                default -> {
                    return;
                }
            }
        }
        e.consume();
    }

    /** Moves the keyboard's line to {@code index} (Shift: the selection grows to it) and into view. */
    private void move(int index, boolean extend) {
        if (items.isEmpty()) {
            return;
        }
        int i = Math.max(0, Math.min(index, items.size() - 1));
        ConsoleLine l = items.get(i);
        if (extend && selection.anchor() != null) {
            range(i);
        } else {
            selection.only(l);
        }
        if (i < top) {
            userTop(i);
        } else if (i >= top + fullRows) {
            userTop(i - fullRows + 1);
        } else {
            requestLayout();
        }
    }
}
