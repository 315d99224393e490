package io.triptych.ui.section;

import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.domain.ServiceKind;
import io.triptych.ui.i18n.I18n;
import io.triptych.ui.i18n.Language;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The services table's badge, reused as rows scroll and update: its style class changes only with the kind. */
@ExtendWith(ApplicationExtension.class)
class KindBadgeTest {
    private final I18n i18n = new I18n(Language.EN);
    private KindBadge badge;

    @Start
    void start(Stage stage) {
        badge = new KindBadge(ServiceKind.DEPLOYMENT, i18n);
        stage.setScene(new Scene(new StackPane(badge), 200, 50));
        stage.show();
    }

    @Test
    void showingTheSameKindAgainLeavesTheStyleClassesAlone(FxRobot robot) {
        List<String> edits = new ArrayList<>();
        robot.interact(() -> {
            badge.getStyleClass().addListener((ListChangeListener<String>) c -> edits.add(c.toString()));
            badge.show(ServiceKind.DEPLOYMENT, i18n);
            badge.show(ServiceKind.DEPLOYMENT, i18n);
        });

        assertThat(edits).isEmpty();
        assertThat(badge.getStyleClass()).contains("kind-badge", "kind-deployment");
    }

    @Test
    void anotherKindSwapsItsClass(FxRobot robot) {
        robot.interact(() -> badge.show(ServiceKind.STATEFULSET, i18n));

        assertThat(badge.getStyleClass()).contains("kind-badge", "kind-statefulset").doesNotContain("kind-deployment");
        assertThat(badge.getText()).isEqualTo(i18n.get("kind.statefulset"));
    }
}
