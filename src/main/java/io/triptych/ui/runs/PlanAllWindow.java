package io.triptych.ui.runs;

import io.triptych.domain.Environment;
import io.triptych.iac.plan.AttributeChange;
import io.triptych.iac.plan.EnvironmentPlan;
import io.triptych.iac.plan.PlanMatrix;
import io.triptych.iac.plan.ResourceChange;
import io.triptych.ui.i18n.I18n;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * "Plan all environments": the environments' plans side by side — one row per resource address, one column
 * per environment saying what that environment would do to it, attribute by attribute; each environment's
 * state above its column (planning…, its outcome, or why it could not plan). Fed on the FX thread.
 */
public final class PlanAllWindow {
    private final Stage stage = new Stage();
    private final List<Environment> environments;
    private final I18n i18n;
    private final Map<String, Label> states = new LinkedHashMap<>();
    private final ObservableList<PlanMatrix.Row> rows = FXCollections.observableArrayList();
    private final Map<String, EnvironmentPlan> plans = new LinkedHashMap<>();

    public PlanAllWindow(Window owner, List<Environment> environments, I18n i18n, boolean demo) {
        this.environments = List.copyOf(environments);
        this.i18n = i18n;
        stage.initOwner(owner);
        stage.setTitle(i18n.get("runs.planAll.title"));
        Label title = new Label(i18n.get("runs.planAll.title"));
        title.getStyleClass().add("title-4");
        Label note = new Label(i18n.get("runs.planAll.note"));
        note.setWrapText(true);
        HBox statusRow = new HBox(24);
        for (Environment env : environments) {
            Label l = new Label(env.name() + ": " + i18n.get("runs.planAll.running"));
            l.setId("plan-all-status-" + env.id());
            states.put(env.id(), l);
            statusRow.getChildren().add(l);
        }
        VBox top = new VBox(6, title, note, statusRow);
        if (demo) {
            Label d = new Label(i18n.get("runs.demoNote"));
            d.getStyleClass().add("demo-runs-note");
            top.getChildren().add(0, d);
        }
        TableView<PlanMatrix.Row> table = new TableView<>(rows);
        table.setId("plan-all-table");
        table.setPlaceholder(new Label(i18n.get("runs.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<PlanMatrix.Row, String> address = new TableColumn<>(i18n.get("runs.col.address"));
        address.setId("plan-all-col-address");
        io.triptych.ui.zoom.SceneZoom.width(address, 330);
        address.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue().address()));
        address.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : s);
                setWrapText(true); // addresses are long: openstack_compute_instance_v2.k8s_worker["03"]
            }
        });
        table.getColumns().add(address);
        for (Environment env : environments) {
            table.getColumns().add(column(env));
        }
        Button close = new Button(i18n.get("button.close"));
        close.setId("plan-all-close");
        close.setOnAction(e -> stage.close());
        HBox buttons = new HBox(close);
        buttons.setPadding(new Insets(8, 0, 0, 0));
        BorderPane root = new BorderPane(table, top, null, buttons, null);
        root.setId("plan-all");
        root.setPadding(new Insets(8));
        BorderPane.setMargin(table, new Insets(8, 0, 0, 0));
        Scene scene = new Scene(root, 1400, 720);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        scene.getStylesheets().add(PlanAllWindow.class.getResource("run-console.css").toExternalForm());
        stage.setScene(scene);
    }

    private TableColumn<PlanMatrix.Row, String> column(Environment env) {
        TableColumn<PlanMatrix.Row, String> c = new TableColumn<>(env.name());
        c.setId("plan-all-col-" + env.id());
        io.triptych.ui.zoom.SceneZoom.width(c, 340);
        c.setSortable(false);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(cellText(f.getValue(), env.id())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : s);
                setWrapText(true);
                getStyleClass().removeAll("change-destroy", "detail-muted", "plan-all-cell");
                PlanMatrix.Row row = empty || getTableRow() == null ? null : getTableRow().getItem();
                if (row != null) {
                    getStyleClass().add("plan-all-cell");
                    Optional<ResourceChange> change = row.in(env.id());
                    getStyleClass().add(change.map(ResourceChange::destroys).orElse(false) ? "change-destroy"
                            : change.isEmpty() ? "detail-muted" : "plan-all-cell");
                }
            }
        });
        return c;
    }

    /** What one environment would do to a resource, as the cell shows it: the action, then the attributes. */
    String cellText(PlanMatrix.Row row, String environmentId) {
        Optional<ResourceChange> change = row.in(environmentId);
        if (change.isEmpty()) {
            EnvironmentPlan p = plans.get(environmentId);
            return p != null && p.changes().isPresent() ? i18n.get("runs.planAll.unchanged")
                    : i18n.get("runs.planAll.noPlan");
        }
        ResourceChange r = change.get();
        String head = ResultTables.actionText(i18n, r.action()) + (r.replaceBecause().isEmpty() ? ""
                : " — " + i18n.get("runs.detail.forcedBy", String.join(", ", r.replaceBecause())));
        List<AttributeChange> shown = r.attributes();
        return head + (shown.isEmpty() ? "" : "\n" + shown.stream().map(a -> PlanDetailView.line(a, i18n))
                .collect(Collectors.joining("\n")));
    }

    /** One environment's plan ended (or could not start): its state line says how (FX thread). */
    public void ended(String environmentId, String state) {
        Label l = states.get(environmentId);
        if (l != null) {
            String name = environments.stream().filter(e -> e.id().equals(environmentId)).map(Environment::name)
                    .findFirst().orElse(environmentId);
            l.setText(name + ": " + state);
        }
    }

    /** Every plan ended: the rows (FX thread). */
    public void show(List<EnvironmentPlan> all) {
        all.forEach(p -> plans.put(p.environmentId(), p));
        rows.setAll(PlanMatrix.of(all).rows());
    }

    public ObservableList<PlanMatrix.Row> rows() {
        return rows;
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        stage.show();
    }
}
