package io.triptych.ui.shell;

import io.triptych.ui.model.ColumnHeaders;
import io.triptych.ui.model.DashboardViewModel;
import io.triptych.ui.model.Density;
import io.triptych.ui.model.ItemRevealer;
import io.triptych.ui.action.LivePorts;
import io.triptych.ui.detail.DetailActions;
import io.triptych.ui.detail.DetailPane;
import io.triptych.ui.detail.ItemProblems;
import io.triptych.triage.TrackedProblem;
import io.triptych.ui.model.Selection;
import io.triptych.ui.i18n.I18n;
import io.triptych.ui.settings.UiPreferences;
import io.triptych.ui.text.TextMask;
import io.triptych.ui.theme.ThemeName;
import io.triptych.ui.triage.TriageFeature;
import io.triptych.ui.triage.TriageWindows;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;

/**
 * The whole window: menu and filter on top, the three columns sharing the width, the detail pane on the
 * right, the clocks at the bottom. Builds views only; state lives in {@link DashboardViewModel}.
 */
public final class MainWindow extends BorderPane implements ColumnHeaders {
    private final List<EnvironmentColumn> columns = new ArrayList<>();
    private final StatusBar statusBar;
    private final TopBar topBar;
    private final ProblemsDock board;
    private final SplitPane split;
    private final MainMenu menu;
    private final I18n i18n;
    private double detailPosition = 0.74;
    /** File ▸ New site… and the demo banner's link; set by the launcher, which knows the machine. */
    private Runnable newSite = () -> { };
    private Runnable handover = () -> { };

    public MainWindow(DashboardViewModel dashboard, I18n i18n, TextMask mask, UiPreferences prefs, LivePorts live,
                      ObjectProperty<ThemeName> theme, Executor workers, Consumer<String> openLink, Runnable quit,
                      TriageFeature triage) {
        setId("main-window");
        statusBar = new StatusBar(dashboard, i18n);
        topBar = new TopBar(dashboard, i18n, () -> newSite.run());
        WindowDialogs dialogs = new WindowDialogs(this, i18n, dashboard, workers, statusBar.messageProperty());
        ItemRevealer revealer = new TableRevealer(columns, dashboard);
        TriageWindows triageWindows = new TriageWindows(this, dashboard, i18n, mask, prefs, triage, workers, revealer,
                statusBar.messageProperty());
        this.i18n = i18n;
        menu = new MainMenu(i18n, mask, theme, new MainMenu.Actions() {
            @Override public void newSite() { newSite.run(); }
            @Override public void exportSnapshot() { dialogs.exportSnapshot(); }
            @Override public void quit() { quit.run(); }
            @Override public void expandAll(boolean expanded) {
                for (io.triptych.domain.SectionKind k : io.triptych.domain.SectionKind.values()) {
                    dashboard.expandedProperty(k).set(expanded);
                }
            }
            @Override public void showShortcuts() { dialogs.showShortcuts(); }
            @Override public void showAbout() { dialogs.showAbout(); }
            @Override public void showDrift() { triageWindows.showDrift(); }
            @Override public void showHistory() { triageWindows.showHistory(); }
            @Override public void saveReport() { triageWindows.saveReport(); }
            @Override public void showHandover() { handover.run(); }
        });
        menu.addViewSwitches(i18n, compact(dashboard), dashboard.onlyProblemsProperty());
        setTop(new VBox(menu, new FontBanner(i18n), topBar));
        dashboard.densityProperty().addListener((o, was, now) -> density(now));
        density(dashboard.densityProperty().get());

        GridPane grid = new GridPane();
        grid.setId("columns");
        grid.getStyleClass().add("columns");
        grid.setHgap(6);
        RowConstraints row = new RowConstraints();
        row.setVgrow(Priority.ALWAYS);
        grid.getRowConstraints().add(row);
        int n = dashboard.environments().size();
        SideBySide sideBySide = new SideBySide();
        for (int i = 0; i < n; i++) {
            EnvironmentColumn c = new EnvironmentColumn(dashboard.environments().get(i), dashboard, i18n, mask,
                    sideBySide);
            columns.add(c);
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / n);
            cc.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(cc);
            grid.add(c, i, 0);
        }
        DetailActions actions = new DetailActions(dashboard, live, i18n, dialogs::reportOutcome);
        actions.openLinksWith(openLink);
        for (EnvironmentColumn c : columns) {
            @SuppressWarnings("unchecked")
            io.triptych.ui.section.SectionTable<io.triptych.domain.Server> servers =
                    (io.triptych.ui.section.SectionTable<io.triptych.domain.Server>) c.table(
                            io.triptych.domain.SectionKind.SERVERS);
            if (servers != null) {
                servers.rowMenu(s -> actions.serverActions().items(c.environment().id(), s));
            }
        }
        actions.problemsFrom(new ItemProblems() {
            @Override public List<TrackedProblem> of(Selection sel) { return problemsOf(triage, sel); }
            @Override public boolean incidents() { return triage.incidents(); }
            @Override public void openIncident(TrackedProblem p) { triage.openIncident(p); }
        });
        triage.problems().all().addListener((javafx.collections.ListChangeListener<TrackedProblem>) c -> actions.refresh());
        triage.reportTo(o -> live.fx().execute(() -> dialogs.reportOutcome(o)), openLink);
        DetailPane detail = new DetailPane(dashboard, i18n, mask, actions, openLink);
        sameHeaderHeights();
        board = new ProblemsDock(grid, triageWindows.problemsPanel(), triage.problems().all(), i18n);
        split = new SplitPane(board);
        split.setOrientation(Orientation.HORIZONTAL);
        SplitPane.setResizableWithParent(detail, false);
        dashboard.selectionProperty().addListener((o, was, now) -> showDetail(detail, now != null));
        setCenter(split);
        setBottom(statusBar);
    }

    /** The selected item's problems, as the problems list has them (FX thread). */
    private static List<TrackedProblem> problemsOf(TriageFeature triage, Selection sel) {
        if (sel == null) {
            return List.of();
        }
        return triage.problems().all().stream().filter(p -> p.environmentId().equals(sel.environmentId())
                && p.finding().source() == sel.kind() && p.finding().itemKey().equals(sel.item().key())).toList();
    }

    /** The detail pane takes room only while something is selected; its divider stays where the user left it. */
    private void showDetail(DetailPane detail, boolean show) {
        boolean shown = split.getItems().contains(detail);
        if (show && !shown) {
            split.getItems().add(detail);
            split.setDividerPositions(detailPosition);
        } else if (!show && shown) {
            detailPosition = split.getDividerPositions()[0];
            split.getItems().remove(detail);
        }
    }

    /** The headers of the three columns as tall as the tallest, so their sections start at the same height. */
    private void sameHeaderHeights() {
        for (EnvironmentColumn c : columns) {
            c.header().heightProperty().addListener((o, was, now) -> {
                double max = columns.stream().mapToDouble(x -> x.header().prefHeight(x.getWidth())).max().orElse(0);
                columns.forEach(x -> x.header().setMinHeight(max));
            });
        }
    }

    private static javafx.beans.property.BooleanProperty compact(DashboardViewModel dashboard) {
        javafx.beans.property.BooleanProperty compact = new javafx.beans.property.SimpleBooleanProperty(
                dashboard.densityProperty().get() == Density.COMPACT);
        compact.addListener((o, was, on) -> dashboard.densityProperty().set(on ? Density.COMPACT : Density.NORMAL));
        dashboard.densityProperty().addListener((o, was, now) -> compact.set(now == Density.COMPACT));
        return compact;
    }

    private void density(Density d) {
        getStyleClass().removeAll("density-normal", "density-compact");
        getStyleClass().add("density-" + d.code());
    }

    /** The problems panel shrunk to its strip of counts. */
    public javafx.beans.property.BooleanProperty problemsCollapsedProperty() {
        return board.collapsedProperty();
    }

    /** The dividers, for the window to remember: problems panel (of the board's height), detail pane (width). */
    public double[] dividers() {
        double detail = split.getItems().size() > 1 ? split.getDividerPositions()[0] : detailPosition;
        return new double[] {board.position(), detail};
    }

    public void dividers(double problems, double detail) {
        board.position(problems);
        detailPosition = detail;
        if (split.getItems().size() > 1) {
            split.setDividerPositions(detail);
        }
    }

    @Override
    public void addHeaderControls(String environmentId, javafx.scene.Node titleControl, javafx.scene.Node line) {
        columns.stream().filter(c -> c.environment().id().equals(environmentId))
                .forEach(c -> c.addHeaderControls(titleControl, line));
    }

    /** What File ▸ New site… and the demo banner's link open (the New site wizard). */
    public void onNewSite(Runnable open) {
        newSite = open;
    }

    /** What Triage ▸ Handover… opens: the launcher wires the handover feature (it needs the run store and the team). */
    public void onHandover(Runnable open) {
        handover = open;
    }

    public List<EnvironmentColumn> columns() {
        return columns;
    }

    public StatusBar statusBar() {
        return statusBar;
    }

    /** The zoom's menu items, keys and status (once the window has its scene; ADR 0026). */
    public void zoomWith(io.triptych.ui.zoom.Zoom zoom) {
        menu.getMenus().stream().filter(m -> "menu-view".equals(m.getId())).findFirst().ifPresent(view ->
                ZoomControls.install(getScene(), view, statusBar, statusBar.messageProperty(), i18n, zoom));
        zoom.follow(getScene());
    }

    /** Installs the keyboard shortcuts once the window has its scene. */
    public void install(Scene scene, DashboardViewModel dashboard) {
        new KeyboardNavigation(columns, topBar.filter(), dashboard).install(scene);
    }
}
