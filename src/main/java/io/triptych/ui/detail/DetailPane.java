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
    private final TextMask mask;

    public DetailPane(DashboardViewModel dashboard, I18n i18n, TextMask mask, DetailActions actions,
                      Consumer<String> openLink) {
        this.dashboard = dashboard;
        this.i18n = i18n;
        this.mask = mask;
        this.actions = actions;
        this.openLink = openLink;
        this.cluster = new ClusterFacts(actions.live(), i18n, mask);
        this.deployments = new DeploymentFacts(actions.live(), i18n, mask);
        getStylesheets().add(io.triptych.ui.logs.LogStyles.CSS);
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
        mask.enabledProperty().addListener(o -> show(dashboard.selectionProperty().get()));
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
        title.setText(mask.apply(sel.item().displayName()));
        body.setContent(content(sel));
    }

    private Node content(Selection sel) {
        Object item = sel.item();
        if (item instanceof Server s) {
            return ServerDetails.of(s, i18n, mask);
        }
        if (item instanceof Volume v) {
            return VolumeDetails.of(v, i18n, mask);
        }
        if (item instanceof SecurityGroup g) {
            return GroupDetails.of(g, i18n, mask);
        }
        if (item instanceof Service s) {
            return ServiceDetails.of(sel.environmentId(), s, i18n, mask, dashboard.nowProperty().get(), actions.rows(),
                    cluster);
        }
        if (item instanceof Pipeline p) {
            return PipelineDetails.of(sel.environmentId(), p, i18n, mask, openLink, actions.rows(), deployments);
        }
        return new Label(String.valueOf(item));
    }
}
