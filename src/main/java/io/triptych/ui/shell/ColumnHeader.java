package io.triptych.ui.shell;

import io.triptych.ui.model.DashboardViewModel;
import io.triptych.ui.model.EnvironmentViewModel;
import io.triptych.domain.EnvironmentSnapshot;
import io.triptych.ui.i18n.I18n;
import io.triptych.ui.text.Ages;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/** A column's header: colour bar, name, health, counts and the age of its data. */
final class ColumnHeader extends VBox {
    private HBox title;

    ColumnHeader(EnvironmentViewModel env, DashboardViewModel dashboard, I18n i18n) {
        String id = env.environment().id();
        setId("header-" + id);
        getStyleClass().add("column-header");

        Region bar = new Region();
        bar.getStyleClass().add("env-color-bar");
        if (env.environment().color() != null) {
            bar.setStyle("-fx-background-color: " + env.environment().color() + ";");
        }

        Label name = new Label(env.environment().name());
        name.setId("env-name-" + id);
        name.getStyleClass().add("env-name");
        name.setMinWidth(Label.USE_PREF_SIZE); // at a large zoom the badges and the runs button give way, not the name
        title = new HBox(8, name, new HealthBadge(env.healthProperty(), i18n));
        title.setAlignment(Pos.CENTER_LEFT);
        if (env.environment().protectedEnv()) {
            Label prot = new Label();
            prot.textProperty().bind(i18n.text("env.protected"));
            prot.setGraphic(new FontIcon(MaterialDesignS.SHIELD_LOCK));
            prot.getStyleClass().add("protected-badge");
            title.getChildren().add(prot);
        }
        if (!env.environment().insecure().isEmpty()) {
            title.getChildren().add(new InsecureBadge(id, env.environment().insecure(), i18n));
        }

        Label counts = new Label();
        counts.setId("counts-" + id);
        counts.getStyleClass().add("env-counts");
        counts.textProperty().bind(Bindings.createStringBinding(() -> countsText(env.snapshotProperty().get(), i18n),
                env.snapshotProperty(), i18n.languageProperty()));

        Label updated = new Label();
        updated.setId("updated-" + id);
        updated.getStyleClass().add("env-updated");
        updated.textProperty().bind(Bindings.createStringBinding(
                () -> updatedText(env.snapshotProperty().get(), dashboard, i18n),
                env.snapshotProperty(), dashboard.nowProperty(), i18n.languageProperty()));
        updated.setMinWidth(Region.USE_PREF_SIZE);
        counts.setMinWidth(0);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox line = new HBox(8, counts, spacer, updated);

        getChildren().addAll(bar, title, line);
    }

    /** A feature's controls: one at the right of the title line (a menu button), one line below. */
    void addControls(javafx.scene.Node titleControl, javafx.scene.Node line) {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        title.getChildren().addAll(spacer, titleControl);
        getChildren().add(line);
    }

    private static String countsText(EnvironmentSnapshot s, I18n i18n) {
        if (s == null) {
            return i18n.get("section.loading");
        }
        return i18n.get("env.counts", s.servers().items().size(), s.services().items().size(),
                s.pipelines().items().size(), s.problems().size());
    }

    private static String updatedText(EnvironmentSnapshot s, DashboardViewModel dashboard, I18n i18n) {
        if (s == null || s.updatedAt().isEmpty()) {
            return "";
        }
        return i18n.get("env.updated", Ages.format(s.updatedAt().get(), dashboard.nowProperty().get(), i18n));
    }
}
