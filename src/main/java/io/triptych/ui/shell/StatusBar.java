package io.triptych.ui.shell;

import io.triptych.ui.model.DashboardViewModel;
import io.triptych.ui.i18n.I18n;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The bottom line: the last message, and UTC, Paris and Beijing clocks. */
public final class StatusBar extends HBox {
    private static final DateTimeFormatter HMS = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm");
    private final StringProperty message = new SimpleStringProperty("");

    public StatusBar(DashboardViewModel dashboard, I18n i18n) {
        super(16);
        setId("status-bar");
        getStyleClass().add("status-bar");
        Label msg = new Label();
        msg.setId("status-message");
        msg.textProperty().bind(message);
        msg.setMinWidth(0); // a long message is cut, the clocks never are
        msg.setTooltip(new javafx.scene.control.Tooltip());
        msg.getTooltip().textProperty().bind(message);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(msg, spacer,
                clock(dashboard, i18n, "clock.utc", ZoneId.of("UTC"), HMS, "clock-utc"),
                clock(dashboard, i18n, "clock.paris", ZoneId.of("Europe/Paris"), HM, "clock-paris"),
                clock(dashboard, i18n, "clock.beijing", ZoneId.of("Asia/Shanghai"), HM, "clock-beijing"));
    }

    /** Puts a status item (the request meter) between the message and the clocks. */
    void addStatus(javafx.scene.Node n) {
        getChildren().add(2, n);
    }

    public StringProperty messageProperty() {
        return message;
    }

    private static Label clock(DashboardViewModel d, I18n i18n, String key, ZoneId zone, DateTimeFormatter f,
                               String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("clock");
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.textProperty().bind(Bindings.createStringBinding(() -> {
            Instant now = d.nowProperty().get();
            return i18n.get(key) + " " + f.withZone(zone).format(now);
        }, d.nowProperty(), i18n.languageProperty()));
        return l;
    }
}
