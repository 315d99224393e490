package io.triptych.ui.detail;

import io.triptych.domain.Environment;
import io.triptych.domain.Job;
import io.triptych.domain.Pipeline;
import io.triptych.domain.Replica;
import io.triptych.domain.Service;
import io.triptych.domain.ServiceKind;
import io.triptych.live.Capabilities;
import io.triptych.live.LiveCommands;
import io.triptych.ui.action.LivePorts;
import io.triptych.ui.action.ConfirmDialog;
import io.triptych.ui.i18n.I18n;
import io.triptych.ui.logs.LogWindow;
import io.triptych.ui.model.DashboardViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/**
 * The small buttons inside the details: logs of a service, a task or pod, a job; retry and play a job.
 * Reading a log changes nothing, so it stays allowed in read-only mode; retry and play do not.
 */
final class RowActions {
    private final DashboardViewModel dashboard;
    private final LivePorts live;
    private final Capabilities can;
    private final LiveCommands commands;
    private final I18n i18n;
    private final Consumer<LiveCommands.Outcome> report;
    private final Node anchor;

    RowActions(DashboardViewModel dashboard, LivePorts live, I18n i18n, Consumer<LiveCommands.Outcome> report,
               Node anchor) {
        this.dashboard = dashboard;
        this.live = live;
        this.can = live.can();
        this.commands = live.commands();
        this.i18n = i18n;
        this.report = report;
        this.anchor = anchor;
    }

    List<Button> service(String env, Service s) {
        List<Button> out = new ArrayList<>();
        can.serviceLogs(env, s).ifPresent(logs -> out.add(button("logs.open", "service-logs",
                MaterialDesignT.TEXT_BOX_OUTLINE, false, () -> LogWindow.open(anchor.getScene().getWindow(), i18n,
                        i18n.get("logs.title.service", envName(env), s.name()), logs::open, live.workers(), ""))));
        return out;
    }

    List<Button> replica(String env, Service s, Replica r) {
        List<Button> out = new ArrayList<>();
        can.serviceLogs(env, s).ifPresent(logs -> {
            boolean pod = s.kind() != ServiceKind.SWARM;
            String title = i18n.get("logs.title.replica", envName(env), s.name(), r.name());
            out.add(button("logs.open", "replica-logs-" + r.name(), MaterialDesignT.TEXT_BOX_OUTLINE, false,
                    () -> open(logs, r, pod, false, title)));
            if (pod && r.restarts() > 0) {
                out.add(button("logs.openPrevious", "replica-previous-logs-" + r.name(), MaterialDesignH.HISTORY,
                        false, () -> open(logs, r, true, true, title)));
            }
        });
        return out;
    }

    private void open(Capabilities.LogOpener logs, Replica r, boolean pod, boolean previous, String title) {
        if (pod) {
            LogWindow.openPod(anchor.getScene().getWindow(), i18n, title, logs::open, live.workers(), r, previous);
        } else {
            LogWindow.open(anchor.getScene().getWindow(), i18n, title, logs::open, live.workers(), r.name());
        }
    }

    List<Button> job(String env, Pipeline p, Job j) {
        List<Button> out = new ArrayList<>();
        boolean ended = j.status().equals("failed") || j.status().equals("canceled");
        if (ended && can.retryJob(env)) {
            out.add(button("action.retryJob",
                "job-retry-" + j.id(), MaterialDesignR.REPLAY, true, () -> confirm(env,
                        i18n.get("action.retryJob.question", j.name(), p.project(), p.id()),
                        () -> commands.retryJob(env, p, j, report))));
        }
        if (j.status().equals("manual") && can.play(env)) {
            out.add(button("action.play", "job-play-" + j.id(), MaterialDesignP.PLAY, true, () -> confirm(env,
                        i18n.get("action.play.question", j.name(), p.project(), p.id()),
                        () -> commands.play(env, p, j, report))));
        }
        boolean started = j.duration() != null;
        can.jobLog(env, p, j).filter(l -> started).ifPresent(logs -> out.add(button("logs.job",
                "job-log-" + j.id(), MaterialDesignT.TEXT_BOX_OUTLINE, false, () -> LogWindow.open(
                        anchor.getScene().getWindow(), i18n,
                        i18n.get("logs.title.job", envName(env), p.project(), p.id(), j.name()),
                        logs::open, live.workers(), ""))));
        return out;
    }

    private Button button(String key, String id, Ikon icon, boolean changes, Runnable action) {
        Button b = new Button(i18n.get(key), new FontIcon(icon));
        b.setId(id);
        b.getStyleClass().add("small");
        b.setOnAction(e -> action.run());
        b.setDisable(changes && commands.readOnly());
        return b;
    }

    void confirm(String envId, String question, Runnable action) {
        Environment env = dashboard.environment(envId).orElseThrow().environment();
        if (ConfirmDialog.confirm(anchor.getScene().getWindow(), i18n, env, question)) {
            action.run();
        }
    }

    String envName(String envId) {
        return dashboard.environment(envId).map(e -> e.environment().name()).orElse(envId);
    }
}
