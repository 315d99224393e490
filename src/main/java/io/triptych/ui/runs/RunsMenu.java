package io.triptych.ui.runs;

import io.triptych.domain.Environment;
import io.triptych.iac.IacTarget;
import io.triptych.iac.RunAction;
import io.triptych.iac.Tool;
import io.triptych.ui.i18n.I18n;
import java.util.Optional;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

/**
 * The "Runs" button of a column header: Terraform plan and drift check, Ansible check and run, the history.
 * A tool the environment has no block for is not offered; read-only mode disables every launch.
 */
final class RunsMenu extends MenuButton {

    RunsMenu(Environment env, Optional<IacTarget> target, boolean readOnly, I18n i18n, RunsUi runs) {
        setId("runs-" + env.id());
        textProperty().bind(i18n.text("runs.menu"));
        setGraphic(new FontIcon(MaterialDesignR.ROCKET_LAUNCH_OUTLINE));
        getStyleClass().add("flat");
        boolean tf = target.map(t -> t.has(Tool.TERRAFORM)).orElse(false);
        boolean ans = target.map(t -> t.has(Tool.ANSIBLE)).orElse(false);
        getItems().addAll(
                item("runs-plan-" + env.id(), "runs.action.plan", !tf || readOnly, i18n,
                        () -> runs.launch(env, RunAction.PLAN)),
                item("runs-drift-" + env.id(), "runs.action.drift", !tf || readOnly, i18n,
                        () -> runs.launch(env, RunAction.DRIFT)),
                item("runs-plan-all-" + env.id(), "runs.action.planAll", !runs.anyTerraform() || readOnly, i18n,
                        runs::planAll),
                new SeparatorMenuItem(),
                item("runs-check-" + env.id(), "runs.action.check", !ans || readOnly, i18n,
                        () -> runs.launch(env, RunAction.CHECK)),
                item("runs-run-" + env.id(), "runs.action.run", !ans || readOnly, i18n,
                        () -> runs.launch(env, RunAction.RUN)),
                new SeparatorMenuItem());
        // iac: gitlab: the same actions as the team's CI pipelines, said so in each item
        if (target.flatMap(IacTarget::pipelines).isPresent()) {
            String where = target.get().pipelines().get().where();
            for (RunAction a : new RunAction[] {RunAction.PLAN, RunAction.DRIFT, RunAction.CHECK, RunAction.RUN}) {
                MenuItem m = item("runs-ci-" + a.code() + "-" + env.id(), "runs.action." + a.code(), readOnly, i18n,
                        () -> runs.launchCi(env, a));
                m.textProperty().unbind();
                m.textProperty().bind(i18n.text("runs.via.ci", i18n.text("runs.action." + a.code())));
                getItems().add(m);
            }
            MenuItem whereItem = new MenuItem(where);
            whereItem.setId("runs-ci-where-" + env.id());
            whereItem.setDisable(true);
            getItems().addAll(whereItem, new SeparatorMenuItem());
        }
        getItems().add(item("runs-history-" + env.id(), "runs.action.history", false, i18n, () -> runs.history(env)));
    }

    private static MenuItem item(String id, String key, boolean disabled, I18n i18n, Runnable action) {
        MenuItem m = new MenuItem();
        m.setId(id);
        m.textProperty().bind(i18n.text(key));
        m.setDisable(disabled);
        m.setOnAction(e -> action.run());
        return m;
    }
}
