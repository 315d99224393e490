package io.triptych.ui.present;

import io.triptych.ui.i18n.I18n;
import io.triptych.ui.model.DashboardViewModel;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The strip along the bottom while presenting, readable from the back of the room: UTC, Paris and Beijing
 * times with their zones (ticking with the dashboard's clock), the cycle's step ("2/7 · Servers") with a thin
 * bar filling over the period and a "paused" mark, a small DEMO badge on the demo site, and the keys.
 */
final class ClockStrip {
    private static final DateTimeFormatter HMS = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("'UTC'x");
    private static final String CSS = ClockStrip.class.getResource("/io/triptych/ui/present/present.css")
            .toExternalForm();
    private final VBox root = new VBox();

    ClockStrip(DashboardViewModel dashboard, I18n i18n, Presentation presentation) {
        root.setId("present-strip");
        root.getStyleClass().add("present-strip");
        root.getStylesheets().add(CSS);
        HBox clocks = new HBox(48,
                clock(dashboard, i18n, "clock.utc", ZoneId.of("UTC"), "present-clock-utc"),
                clock(dashboard, i18n, "clock.paris", ZoneId.of("Europe/Paris"), "present-clock-paris"),
                clock(dashboard, i18n, "clock.beijing", ZoneId.of("Asia/Shanghai"), "present-clock-beijing"));
        clocks.setAlignment(Pos.CENTER_LEFT);

        Label step = new Label();
        step.setId("present-step");
        step.getStyleClass().add("present-step");
        Label paused = new Label();
        paused.setId("present-paused");
        paused.getStyleClass().add("present-paused");
        paused.textProperty().bind(i18n.text("present.paused"));
        paused.setGraphic(new org.kordamp.ikonli.javafx.FontIcon(
                org.kordamp.ikonli.materialdesign2.MaterialDesignP.PAUSE_CIRCLE_OUTLINE)); // not a ⏸: CJK fonts lack it
        Label hint = new Label();
        hint.setId("present-hint");
        hint.getStyleClass().add("present-hint");
        VBox stepBox = new VBox(2, step, paused, hint);
        stepBox.setAlignment(Pos.CENTER_RIGHT);
        stepBox.setMinWidth(Region.USE_PREF_SIZE);

        Region progress = new Region();
        progress.setId("present-progress");
        progress.getStyleClass().add("present-progress");
        Pane track = new Pane(progress);
        track.getStyleClass().add("present-track");
        track.setMinHeight(4);
        track.setPrefHeight(4);
        progress.prefHeightProperty().bind(track.heightProperty());

        Runnable refresh = () -> {
            PresentCycle c = presentation.cycle().orElse(null);
            boolean cycling = c != null;
            step.setVisible(cycling);
            step.setManaged(cycling);
            track.setVisible(cycling);
            paused.setVisible(cycling && c.paused());
            paused.setManaged(paused.isVisible());
            if (cycling) {
                step.setText(c.position() + " · " + i18n.get(c.step().labelKey()));
            }
            // Paused, the mark says how to go on; the hint then only names Esc and F2.
            hint.setText(i18n.get(cycling && !c.paused() ? "present.keys.cycle" : "present.keys"));
        };
        presentation.cycleProperty().addListener((o, was, now) -> {
            if (now != null) {
                now.stepProperty().addListener((x, y, z) -> refresh.run());
                now.pausedProperty().addListener((x, y, z) -> refresh.run());
                progress.prefWidthProperty().bind(Bindings.createDoubleBinding(
                        () -> track.getWidth() * now.progressProperty().get(), track.widthProperty(),
                        now.progressProperty()));
            }
            refresh.run();
        });
        i18n.languageProperty().addListener((o, was, now) -> refresh.run());
        refresh.run();

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox line = new HBox(24, clocks, spacer, stepBox);
        line.setAlignment(Pos.CENTER_LEFT);
        line.getStyleClass().add("present-line");
        if (dashboard.demo()) {
            Label demo = new Label();
            demo.setId("present-demo-badge");
            demo.getStyleClass().addAll("badge", "demo-badge", "present-demo-badge");
            demo.textProperty().bind(i18n.text("badge.demo"));
            demo.setMinWidth(Region.USE_PREF_SIZE);
            line.getChildren().add(demo);
        }
        root.getChildren().addAll(track, line);
    }

    Node node() {
        return root;
    }

    private static Node clock(DashboardViewModel d, I18n i18n, String key, ZoneId zone, String id) {
        Label time = new Label();
        time.setId(id);
        time.getStyleClass().add("present-time");
        time.textProperty().bind(Bindings.createStringBinding(() -> HMS.withZone(zone).format(d.nowProperty().get()),
                d.nowProperty()));
        Label where = new Label();
        where.getStyleClass().add("present-zone");
        where.textProperty().bind(Bindings.createStringBinding(() -> {
            Instant now = d.nowProperty().get();
            String name = i18n.get(key);
            return zone.getId().equals("UTC") ? name : name + " · " + OFFSET.withZone(zone).format(now);
        }, d.nowProperty(), i18n.languageProperty()));
        VBox box = new VBox(0, time, where);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMinWidth(Region.USE_PREF_SIZE);
        return box;
    }
}
