package io.triptych.ui.section;

import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.domain.Acknowledged;
import io.triptych.domain.Environment;
import io.triptych.domain.Problem;
import io.triptych.domain.SectionKind;
import io.triptych.domain.Server;
import io.triptych.domain.Severity;
import io.triptych.testing.FakeSite;
import io.triptych.ui.i18n.I18n;
import io.triptych.ui.i18n.Language;
import io.triptych.ui.model.DashboardViewModel;
import io.triptych.ui.model.RowAttention;
import io.triptych.ui.model.RowList;
import io.triptych.ui.text.TextMask;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A section table greys an acknowledged row by re-styling its rows, not by rebuilding every row (ADR 0025). */
@ExtendWith(ApplicationExtension.class)
class SectionTableAttentionTest {
    private static final Environment INT = new Environment("int", "Integration", "#1e88e5", false);
    private static final Server WEB = FakeSite.server("web-01", "ACTIVE", "m1.small");
    private static final Server DB = FakeSite.server("db-01", "ERROR", "r1.xlarge");

    private final ObjectProperty<RowAttention> attention = new SimpleObjectProperty<>(RowAttention.NONE);
    private final RowList<Server> rows = new RowList<>();
    private SectionTable<Server> table;

    @Start
    void start(Stage stage) {
        DashboardViewModel dashboard = new DashboardViewModel("test", false, false, List.of(INT));
        rows.apply(List.of(WEB, DB));
        table = new SectionTable<>("int", SectionKind.SERVERS, rows, dashboard, new I18n(Language.EN),
                new TextMask(false), attention);
        stage.setScene(new Scene(table, 600, 300));
        stage.show();
    }

    @Test
    void anAcknowledgementGreysItsRowAndKeepsTheRowsThere(FxRobot robot) throws Exception {
        Set<Node> before = WaitForAsyncUtils.asyncFx(this::rowNodes).get();
        assertThat(greyed()).isZero();

        Acknowledged ack = new Acknowledged("alice", FakeSite.T0, "disk swap planned", null);
        robot.interact(() -> attention.set(new RowAttention(List.of(
                new Problem(Severity.CRITICAL, SectionKind.SERVERS, DB.key(), "down", ack)))));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(greyed()).isEqualTo(1);
        assertThat(WaitForAsyncUtils.asyncFx(this::rowNodes).get()).isEqualTo(before);
    }

    private Set<Node> rowNodes() {
        return table.lookupAll(".table-row-cell").stream().collect(Collectors.toCollection(
                () -> java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>())));
    }

    private long greyed() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> table.lookupAll(".table-row-cell").stream()
                .filter(n -> n.getPseudoClassStates().stream()
                        .anyMatch(c -> c.getPseudoClassName().equals("acknowledged"))).count()).get();
    }
}
