package io.triptych.ui.detail;

import io.triptych.domain.Environment;
import io.triptych.domain.Server;
import io.triptych.domain.ServerAction;
import io.triptych.live.Capabilities;
import io.triptych.live.LiveCommands;
import io.triptych.ui.action.ConfirmDialog;
import io.triptych.ui.action.LivePorts;
import io.triptych.ui.i18n.I18n;
import io.triptych.ui.logs.LogWindow;
import io.triptych.ui.model.DashboardViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Window;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/**
 * What may be done to a server, as menu items (the row's right-click menu) or buttons (the details): only
 * the actions its cloud takes in the state the server was last seen in. Start, stop and reboot are
 * confirmed first (the environment's name typed when it is protected; a hard reboot says what it risks);
 * the remote console's URL goes to the browser and nowhere else. Everything but the console log is
 * disabled in read-only mode.
 */
public final class ServerActionMenu {
    private record Entry(ServerAction action, Ikon icon, boolean disabled, Runnable run) {
    }

    private final DashboardViewModel dashboard;
    private final LivePorts live;
    private final Capabilities can;
    private final LiveCommands commands;
    private final I18n i18n;
    private final Consumer<LiveCommands.Outcome> report;
    private final Supplier<Window> owner;
    private final Consumer<String> openLink;

    /** @param report told of each outcome on the FX thread; @param openLink the browser, on the FX thread */
    ServerActionMenu(DashboardViewModel dashboard, LivePorts live, I18n i18n, Consumer<LiveCommands.Outcome> report,
                     Supplier<Window> owner, Consumer<String> openLink) {
        this.dashboard = dashboard;
        this.live = live;
        this.can = live.can();
        this.commands = live.commands();
        this.i18n = i18n;
        this.report = report;
        this.owner = owner;
        this.openLink = openLink;
    }

    /** The right-click menu's items for this server now; empty when none applies. */
    public List<MenuItem> items(String env, Server server) {
        List<MenuItem> out = new ArrayList<>();
        for (Entry e : entries(env, server)) {
            if (e.action() == ServerAction.CONSOLE_LOG && !out.isEmpty()) {
                out.add(new SeparatorMenuItem());
            }
            MenuItem item = new MenuItem(label(e.action()), new FontIcon(e.icon()));
            item.setId("server-menu-" + e.action().code());
            item.setDisable(e.disabled());
            item.setOnAction(x -> e.run().run());
            out.add(item);
        }
        return out;
    }

    List<Button> buttons(String env, Server server) {
        List<Button> out = new ArrayList<>();
        for (Entry e : entries(env, server)) {
            Button b = new Button(label(e.action()), new FontIcon(e.icon()));
            b.setId("server-action-" + e.action().code());
            b.setDisable(e.disabled());
            b.setOnAction(x -> e.run().run());
            out.add(b);
        }
        return out;
    }

    private String label(ServerAction a) {
        return i18n.get("action.server." + a.code());
    }

    private List<Entry> entries(String env, Server s) {
        boolean ro = commands.readOnly();
        List<Entry> out = new ArrayList<>();
        for (ServerAction a : can.serverActions(env, s)) {
            switch (a) {
                case START -> out.add(new Entry(a, MaterialDesignP.PLAY, ro, () -> power(env, s, a, null)));
                case STOP -> out.add(new Entry(a, MaterialDesignS.STOP, ro, () -> power(env, s, a, null)));
                case REBOOT -> out.add(new Entry(a, MaterialDesignR.RESTART, ro, () -> power(env, s, a, null)));
                case HARD_REBOOT -> out.add(new Entry(a, MaterialDesignP.POWER_CYCLE, ro, () -> power(env, s, a,
                        i18n.get("action.server.hard-reboot.warning"))));
                case CONSOLE_LOG -> can.consoleLog(env, s).ifPresent(logs -> out.add(new Entry(a,
                        MaterialDesignT.TEXT_BOX_OUTLINE, false, () -> LogWindow.openConsole(owner.get(), i18n,
                                i18n.get("logs.title.console", envName(env), s.name()), logs::open, live.workers()))));
                case REMOTE_CONSOLE -> out.add(new Entry(a, MaterialDesignM.MONITOR, ro, () -> commands.remoteConsole(
                        env, s, url -> live.fx().execute(() -> openLink.accept(url)), report)));
                default -> { }
            }
        }
        return out;
    }

    private void power(String envId, Server s, ServerAction a, String warning) {
        Environment env = dashboard.environment(envId).orElseThrow().environment();
        if (ConfirmDialog.confirm(owner.get(), i18n, env, i18n.get("action.server." + a.code() + ".question",
                s.name(), env.name()), warning)) {
            commands.power(envId, s, a, report);
        }
    }

    private String envName(String envId) {
        return dashboard.environment(envId).map(e -> e.environment().name()).orElse(envId);
    }
}
