package io.triptych.ui.console;

import io.triptych.ui.i18n.I18n;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * The one console view of the program — the Log window, the run console and the run history show their lines
 * here: a viewport of styled lines ({@link ConsoleViewport}: a screenful of rows, whatever the length), a tool bar (follow the tail, pause,
 * search with next/previous and a match count, copy), and a line count that says how many older lines were
 * dropped. Lines reach the list through {@link ConsolePump}, a time budget per pulse. {@link #extraTools} takes
 * what only some consoles have (a pod's containers, a console log's Refresh).
 */
public final class ConsoleView extends BorderPane {
    public static final String CSS = ConsoleView.class.getResource("/io/triptych/ui/console.css").toExternalForm();

    private final ConsoleModel model;
    private final ConsoleViewport list;
    private final HBox tools;
    private final ToggleButton follow;
    private final ToggleButton pause;

    public ConsoleView(ConsoleModel model, I18n i18n) {
        this.model = model;
        getStylesheets().add(CSS);
        getStyleClass().add("log-view");
        list = new ConsoleViewport(model.shown(), model.followProperty(), model::toggleHeader,
                model.searchProperty()::get, i18n, i18n.get("logs.empty"));
        list.setId("log-lines");
        list.onCopy(this::copy);

        follow = toggle("logs-follow", i18n.get("logs.follow"), MaterialDesignA.ARROW_COLLAPSE_DOWN);
        follow.selectedProperty().bindBidirectional(model.followProperty());
        pause = toggle("logs-pause", i18n.get("logs.pause"), MaterialDesignP.PAUSE);
        pause.selectedProperty().bindBidirectional(model.pausedProperty());
        TextField search = new TextField();
        search.setId("logs-search");
        search.setPromptText(i18n.get("logs.search"));
        // Wide enough for its prompt in every language ("Chercher dans le journal" was cut at the default width).
        search.setPrefColumnCount(Math.max(12, search.getPromptText().length()));
        search.textProperty().bindBidirectional(model.searchProperty());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                if (e.isShiftDown()) {
                    model.previous();
                } else {
                    model.next();
                }
            }
        });
        Button prev = button("logs-previous", i18n.get("logs.previous"), MaterialDesignA.ARROW_UP, model::previous);
        Button next = button("logs-next", i18n.get("logs.next"), MaterialDesignA.ARROW_DOWN, model::next);
        Label matches = new Label();
        matches.setId("logs-matches");
        matches.setMinWidth(Region.USE_PREF_SIZE);
        matches.textProperty().bind(Bindings.createStringBinding(
                () -> model.searchProperty().get().isBlank() ? ""
                        : i18n.get("logs.matches", model.currentRank(), model.matchCountProperty().get()),
                model.searchProperty(), model.matchCountProperty(), model.currentMatchProperty()));
        Button copy = button("logs-copy", i18n.get("logs.copy"), MaterialDesignC.CONTENT_COPY, this::copy);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        tools = new HBox(6, follow, pause, spacer, search, prev, next, matches, copy);
        tools.setAlignment(Pos.CENTER_LEFT);
        tools.setPadding(new Insets(6));
        tools.getStyleClass().add("log-tools");

        Label status = new Label();
        status.setId("logs-status");
        status.textProperty().bind(Bindings.createStringBinding(() -> statusText(i18n),
                model.lineCountProperty(), model.droppedProperty(), model.endedProperty(), model.pausedProperty()));
        status.setPadding(new Insets(3, 6, 3, 6));

        setTop(tools);
        setCenter(list);
        setBottom(status);
        ConsolePump pump = new ConsolePump(model);
        model.onPending(pump::wake);
        if (model.waiting() > 0) {
            pump.wake();
        }
        model.onJump(this::showMatch);
        model.searchProperty().addListener((o, was, now) -> list.refresh());
        i18n.languageProperty().addListener((o, was, now) -> list.refresh()); // lines the program says, reworded
    }

    /** Adds controls after the pause button (container chooser, previous container, Refresh). */
    public void extraTools(Node... nodes) {
        tools.getChildren().addAll(2, List.of(nodes));
    }

    /**
     * For a log read once (a server's console, a stored run): no Follow or Pause, which only mean something for a
     * stream; the view still opens on the last line.
     */
    public void readOnce() {
        for (ToggleButton b : List.of(follow, pause)) {
            b.setVisible(false);
            b.setManaged(false);
        }
    }

    /** Hides the line count (a console whose window says where the run is). */
    public void withoutStatus() {
        setBottom(null);
    }

    /** The lines on screen. */
    public ConsoleViewport lines() {
        return list;
    }

    public ConsoleModel model() {
        return model;
    }

    private String statusText(I18n i18n) {
        String counts = i18n.get("logs.lines", model.lineCountProperty().get(), model.droppedProperty().get());
        String ended = model.endedProperty().get();
        String state = model.pausedProperty().get() ? i18n.get("logs.paused")
                : ended == null ? i18n.get("logs.following")
                : ended.isEmpty() ? i18n.get("logs.ended") : i18n.get("logs.failed", ended);
        return counts + " · " + state;
    }

    private void showMatch(int index) {
        if (index >= 0 && index < list.items().size()) {
            model.followProperty().set(false); // looking at a match: the tail must not pull the view away
            list.select(index);
            list.scrollTo(Math.max(0, index - 3));
        }
    }

    private void copy() {
        ClipboardContent c = new ClipboardContent();
        c.putString(model.text(list.selectedLines()));
        Clipboard.getSystemClipboard().setContent(c);
    }

    private static ToggleButton toggle(String id, String text, org.kordamp.ikonli.Ikon icon) {
        ToggleButton b = new ToggleButton(text, new FontIcon(icon));
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    private static Button button(String id, String tip, org.kordamp.ikonli.Ikon icon, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }
}
