package io.triptych.ui.shell;

import io.triptych.ui.i18n.I18n;
import io.triptych.ui.model.DashboardViewModel;
import io.triptych.ui.model.ViewFocus;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;

/**
 * The toolbar's view switches: Overview · Servers · Volumes · Security groups · Services · Pipelines (one
 * kind at full height in the three columns), and "Needs a look" with the count of healthy rows it hides.
 */
final class ViewBar extends HBox {

    ViewBar(DashboardViewModel dashboard, I18n i18n) {
        super(8);
        setId("view-bar");
        setAlignment(Pos.CENTER_LEFT);
        HBox pills = new HBox();
        pills.setId("focus-pills");
        ToggleGroup group = new ToggleGroup();
        ViewFocus[] all = ViewFocus.values();
        for (int i = 0; i < all.length; i++) {
            ViewFocus f = all[i];
            ToggleButton b = new ToggleButton();
            b.setId("focus-" + f.code());
            b.textProperty().bind(i18n.text(f.kind().map(k -> "section." + k.jsonName()).orElse("view.overview")));
            b.getStyleClass().addAll("small", i == 0 ? "left-pill" : i == all.length - 1 ? "right-pill" : "center-pill");
            b.setToggleGroup(group);
            b.setUserData(f);
            b.setFocusTraversable(false);
            Tooltip tip = new Tooltip();
            tip.textProperty().bind(i18n.text("view.focus.tooltip"));
            b.setTooltip(tip);
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            pills.getChildren().add(b);
        }
        select(group, dashboard.focusProperty().get());
        dashboard.focusProperty().addListener((o, was, now) -> select(group, now));
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) { // a pill pressed again stays pressed: one view is always on
                select(group, dashboard.focusProperty().get());
            } else {
                dashboard.focusProperty().set((ViewFocus) now.getUserData());
            }
        });

        ToggleButton only = new ToggleButton(null, new FontIcon(MaterialDesignA.ALERT_CIRCLE_OUTLINE));
        only.setId("only-problems");
        only.getStyleClass().add("small");
        only.textProperty().bind(i18n.text("view.onlyProblems"));
        only.selectedProperty().bindBidirectional(dashboard.onlyProblemsProperty());
        only.setFocusTraversable(false);
        only.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(i18n.text("view.onlyProblems.tooltip"));
        only.setTooltip(tip);
        Label hidden = new Label(null, new FontIcon(MaterialDesignE.EYE_OFF_OUTLINE));
        hidden.setId("hidden-healthy");
        hidden.getStyleClass().add("hidden-healthy");
        hidden.textProperty().bind(i18n.text("view.hiddenHealthy", dashboard.hiddenHealthyProperty()));
        hidden.visibleProperty().bind(dashboard.onlyProblemsProperty());
        hidden.managedProperty().bind(hidden.visibleProperty());
        hidden.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        getChildren().addAll(pills, only, hidden);
    }

    private static void select(ToggleGroup group, ViewFocus focus) {
        group.getToggles().stream().filter(t -> t.getUserData() == focus).findFirst()
                .ifPresent(t -> group.selectToggle(t));
    }
}
