package io.triptych.ui.detail;

import io.triptych.domain.Pipeline;
import io.triptych.domain.SecurityGroup;
import io.triptych.domain.Server;
import io.triptych.domain.Service;
import io.triptych.domain.Volume;
import io.triptych.ui.i18n.I18n;
import io.triptych.ui.model.DashboardViewModel;
import io.triptych.ui.model.Selection;
import io.triptych.ui.text.TextMask;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The right-hand pane: everything about the selected row, rebuilt when the selection, its data or the
 * language changes, with the actions its source supports.
 */
public final class DetailPane extends VBox {
    private final DashboardViewModel dashboard;
    private final I18n i18n;
    private final DetailActions actions;
    private final Consumer<String> openLink;
    private final ClusterFacts cluster;
    private final DeploymentFacts deployments;
    private final Label title = new Label();
    private final Label subtitle = new Label();
    private final ScrollPane body = new ScrollPane();
    /** The mask switch is window-wide and static: held weakly, so a replaced dashboard's pane can go. */
    private final InvalidationListener remask;

    public DetailPane(DashboardViewModel dashboard, I18n i18n, DetailActions actions, Consumer<String> openLink) {
        this.dashboard = dashboard;
        this.i18n = i18n;
        this.actions = actions;
        this.openLink = openLink;
        this.cluster = new ClusterFacts(actions.live(), i18n);
        this.deployments = new DeploymentFacts(actions.live(), i18n);
        getStylesheets().add(io.triptych.ui.logs.LogView.CSS);
        setId("detail-pane");
        getStyleClass().add("detail-pane");
        title.setId("detail-title");
        title.getStyleClass().add("detail-title");
        title.setWrapText(true);
        subtitle.getStyleClass().add("detail-kind");
        body.setFitToWidth(true);
        body.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(body, Priority.ALWAYS);
        Button close = new Button(null, new FontIcon(MaterialDesignC.CLOSE));
        close.setId("detail-close");
        close.getStyleClass().addAll("flat", "button-icon");
        close.setOnAction(e -> dashboard.select(null));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(subtitle, spacer, close);
        top.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(top, title, actions, body);
        dashboard.selectionProperty().addListener((o, was, now) -> show(now));
        i18n.languageProperty().addListener((o, was, now) -> show(dashboard.selectionProperty().get()));
        remask = o -> show(dashboard.selectionProperty().get());
        TextMask.enabledProperty().addListener(new WeakInvalidationListener(remask));
        show(null);
    }

    private void show(Selection sel) {
        actions.show(sel);
        if (sel == null) {
            subtitle.setText(i18n.get("detail.nothing"));
            title.setText("");
            body.setContent(new Label(i18n.get("detail.hint")));
            return;
        }
        String envName = dashboard.environment(sel.environmentId()).map(e -> e.environment().name()).orElse("");
        subtitle.setText(envName + " · " + i18n.get("kindOf." + sel.kind().jsonName()));
        title.setText(TextMask.apply(sel.item().displayName()));
        body.setContent(content(sel));
    }

    private Node content(Selection sel) {
        Object item = sel.item();
        if (item instanceof Server s) {
            return ServerDetails.of(s, i18n);
        }
        if (item instanceof Volume v) {
            return VolumeDetails.of(v, i18n);
        }
        if (item instanceof SecurityGroup g) {
            return GroupDetails.of(g, i18n);
        }
        if (item instanceof Service s) {
            return ServiceDetails.of(sel.environmentId(), s, i18n, dashboard.nowProperty().get(), actions.rows(),
                    cluster);
        }
        if (item instanceof Pipeline p) {
            return PipelineDetails.of(sel.environmentId(), p, i18n, openLink, actions.rows(), deployments);
        }
        return new Label(String.valueOf(item));
    }
}
