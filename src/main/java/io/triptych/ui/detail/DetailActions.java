package io.triptych.ui.detail;

import io.triptych.domain.Environment;
import io.triptych.domain.Pipeline;
import io.triptych.domain.Service;
import io.triptych.live.Capabilities;
import io.triptych.live.LiveCommands;
import io.triptych.triage.TrackedProblem;
import io.triptych.ui.action.LivePorts;
import io.triptych.ui.action.ConfirmDialog;
import io.triptych.ui.action.RunPipelineDialog;
import io.triptych.ui.i18n.I18n;
import io.triptych.ui.model.DashboardViewModel;
import io.triptych.ui.model.Selection;
import io.triptych.ui.text.IncidentLink;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The buttons above the details, wrapping onto a second line when needed: only what the item's source
 * supports; disabled in read-only mode.
 */
public final class DetailActions extends FlowPane {
    private final DashboardViewModel dashboard;
    private final LivePorts live;
    private final Capabilities can;
    private final LiveCommands commands;
    private final I18n i18n;
    private final Consumer<LiveCommands.Outcome> report;
    private final RowActions rows;
    private Consumer<String> openLink = url -> { };
    private final ServerActionMenu servers;
    private ItemProblems problems = ItemProblems.NONE;

    /** @param report told of each action's outcome on the FX thread */
    public DetailActions(DashboardViewModel dashboard, LivePorts live, I18n i18n,
                         Consumer<LiveCommands.Outcome> report) {
        super(6, 6); // wraps: a server's six actions do not fit the pane's width on one line
        this.dashboard = dashboard;
        this.live = live;
        this.can = live.can();
        this.commands = live.commands();
        this.i18n = i18n;
        this.report = o -> live.fx().execute(() -> report.accept(o)); // commands answer on a worker
        this.rows = new RowActions(dashboard, live, i18n, this.report, this);
        this.servers = new ServerActionMenu(dashboard, live, i18n, this.report, () -> getScene().getWindow(),
                url -> openLink.accept(url));
        setId("detail-actions");
        getStyleClass().add("detail-actions");
    }

    /** Where "Open in Horizon" sends its link (the OS browser in the window). */
    public void openLinksWith(Consumer<String> opener) {
        this.openLink = opener;
    }

    /** Start, stop, reboot, console: the server rows' right-click menu uses the same actions. */
    public ServerActionMenu serverActions() {
        return servers;
    }

    /** Where the selected item's problems come from: with them, Open incident or the incident's page. */
    public void problemsFrom(ItemProblems problems) {
        this.problems = problems;
    }

    LivePorts live() {
        return live;
    }

    RowActions rows() {
        return rows;
    }

    void show(Selection sel) {
        getChildren().clear();
        if (sel == null) {
            return;
        }
        String env = sel.environmentId();
        if (sel.item() instanceof io.triptych.domain.Server server) {
            can.serverPage(env, server).ifPresent(url -> {
                Button open = new Button(i18n.get("action.openHorizon"),
                        new FontIcon(org.kordamp.ikonli.materialdesign2.MaterialDesignO.OPEN_IN_NEW));
                open.setId("action-openHorizon");
                open.setOnAction(e -> openLink.accept(url));
                getChildren().add(open); // reading a web page changes nothing: allowed in read-only mode
            });
            getChildren().addAll(servers.buttons(env, server));
        }
        if (sel.item() instanceof Service s) {
            if (can.restart(env)) {
                add("action.restart", MaterialDesignR.RESTART,
                    () -> confirm(env, i18n.get("action.restart.question", s.name()),
                            () -> commands.restart(env, s, report)));
            }
            // A DaemonSet runs one pod per node: there is nothing to scale.
            if (can.scale(env, s)) {
                add("action.scale", MaterialDesignS.SWAP_VERTICAL,
                    () -> askReplicas(s).ifPresent(n -> confirm(env, i18n.get("action.scale.question", s.name(), n),
                            () -> commands.scale(env, s, n, report))));
            }
        }
        if (sel.item() instanceof Pipeline p) {
            boolean ended = p.status().equals("failed") || p.status().equals("canceled");
            boolean active = p.tone() == io.triptych.domain.Tone.BUSY;
            if (ended && can.retry(env)) {
                add("action.retry", MaterialDesignR.REPLAY,
                    () -> confirm(env, i18n.get("action.retry.question", p.project(), p.id()),
                            () -> commands.retry(env, p, report)));
            }
            if (active && can.cancel(env)) {
                add("action.cancel",
                    MaterialDesignC.CANCEL, () -> confirm(env, i18n.get("action.cancel.question", p.project(), p.id()),
                            () -> commands.cancel(env, p, report)));
            }
            can.runPipeline(env).ifPresent(c -> add("action.runPipeline",
                    MaterialDesignP.PLAY_BOX_MULTIPLE_OUTLINE, () -> runPipeline(env, c)));
        }
        problems.of(sel).stream().findFirst().ifPresent(this::incident);
    }

    /** The problem's team incident: its page when it has one, else Open incident when the team may be asked. */
    private void incident(TrackedProblem p) {
        Optional<String> url = IncidentLink.url(p);
        if (url.isPresent()) {
            Button page = new Button(i18n.get("action.incidentPage", IncidentLink.number(url.get())),
                    new FontIcon(org.kordamp.ikonli.materialdesign2.MaterialDesignO.OPEN_IN_NEW));
            page.setId("action-incidentPage");
            page.setOnAction(e -> openLink.accept(url.get())); // reading a web page changes nothing: also read-only
            getChildren().add(page);
        } else if (problems.incidents()) {
            add("action.openIncident", MaterialDesignA.ALERT_PLUS_OUTLINE, () -> problems.openIncident(p));
        }
    }

    /** Shows the buttons again for the current selection (its problems changed: an incident was opened). */
    public void refresh() {
        show(dashboard.selectionProperty().get());
    }

    /** Asks what to run, then confirms (typed name when protected), then runs it off the FX thread. */
    private void runPipeline(String env, Capabilities.PipelineChoices creator) {
        RunPipelineDialog.ask(getScene().getWindow(), i18n, rows.envName(env), creator.projects(),
                creator.defaultRef()).ifPresent(r -> confirm(env, i18n.get("action.runPipeline.question",
                        r.project(), r.ref(), r.variables().size()),
                () -> commands.runPipeline(env, r.project(), r.ref(), r.variables(), report)));
    }

    private void add(String key, org.kordamp.ikonli.Ikon icon, Runnable onAction) {
        Button b = new Button(i18n.get(key), new FontIcon(icon));
        b.setId(key.replace('.', '-'));
        b.setOnAction(e -> onAction.run());
        if (commands.readOnly()) {
            b.setDisable(true);
            Tooltip.install(this, new Tooltip(i18n.get("readOnly.tooltip")));
        }
        getChildren().add(b);
    }

    private void confirm(String envId, String question, Runnable action) {
        Environment env = dashboard.environment(envId).orElseThrow().environment();
        if (ConfirmDialog.confirm(getScene().getWindow(), i18n, env, question)) {
            action.run();
        }
    }

    private Optional<Integer> askReplicas(Service s) {
        TextInputDialog d = new TextInputDialog(String.valueOf(s.desired()));
        d.initOwner(getScene().getWindow());
        d.getDialogPane().getButtonTypes().setAll(
                new javafx.scene.control.ButtonType(i18n.get("button.ok"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE),
                new javafx.scene.control.ButtonType(i18n.get("button.cancel"),
                        javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        javafx.scene.Node okButton = d.getDialogPane().lookupButton(d.getDialogPane().getButtonTypes().get(0));
        okButton.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> parseReplicas(d.getEditor().getText()).isEmpty(), d.getEditor().textProperty()));
        d.setContentText(i18n.get("action.scale.invalid"));
        d.setTitle(i18n.get("action.scale"));
        d.setHeaderText(i18n.get("action.scale.prompt", s.name()));
        return d.showAndWait().flatMap(DetailActions::parseReplicas);
    }

    private static Optional<Integer> parseReplicas(String text) {
        try {
            int n = Integer.parseInt(text.strip());
            return n >= 0 && n <= 1000 ? Optional.of(n) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
