package io.triptych.cli;

import io.triptych.domain.Environment;
import io.triptych.domain.Server;
import io.triptych.domain.ServerAction;
import io.triptych.live.ActionLog;
import io.triptych.source.ActionRefused;
import io.triptych.source.EnvironmentSources;
import io.triptych.source.ServerControl;
import io.triptych.source.Site;
import io.triptych.text.OneLine;
import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code triptych server start|stop|reboot|console-log --env ID NAME}: the window's server actions,
 * headless, for runbooks. The same checks in the same order: read-only refuses a change, a protected
 * environment needs its name ({@code --confirm}), the server's state as the cloud reports it now must
 * allow the action; then the action is sent and audited. Exit 0 done, 1 refused by the cloud or the
 * server's state (Nova's 409), 2 anything else (refused here, unknown server, failure).
 */
public final class ServerCommand {
    /** The server's state or the cloud refused the action: nothing was done, trying later may work. */
    public static final int REFUSED_BY_CLOUD = 1;

    private final ActionLog audit;
    private final Clock clock;

    public ServerCommand(ActionLog audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    public int run(Site site, Invocation inv, PrintStream out, PrintStream err) {
        ServerRequest request = inv.server().orElseThrow();
        String envId = inv.env().orElseThrow();
        ServerAction action = request.action();
        Optional<EnvironmentSources> sources = site.environments().stream()
                .filter(e -> e.environment().id().equals(envId)).findFirst();
        if (sources.isEmpty()) {
            return refused(err, "no environment '" + envId + "' in " + site.name() + " (use " + Values.or(
                    site.environments().stream().map(e -> e.environment().id()).collect(Collectors.toList())) + ")");
        }
        Environment env = sources.get().environment();
        Optional<ServerControl> control = sources.get().cloud().filter(ServerControl.class::isInstance)
                .map(ServerControl.class::cast);
        if (control.isEmpty()) {
            return refused(err, envId + " has no cloud that acts on servers (no openstack: block in the site file)");
        }
        if (action.changes() && inv.readOnly()) {
            return refused(err, "read-only mode: no action may run");
        }
        Optional<String> unconfirmed = unconfirmed(env, request);
        if (unconfirmed.isPresent()) {
            return refused(err, unconfirmed.get());
        }
        try {
            return act(sources.get(), control.get(), request, err, out);
        } finally {
            sources.get().closeAll(); // the cloud's connections: this process does nothing else with them
        }
    }

    private int act(EnvironmentSources sources, ServerControl control, ServerRequest request, PrintStream err,
                    PrintStream out) {
        ServerAction action = request.action();
        String envId = sources.environment().id();
        Environment env = sources.environment();
        String command = "server " + action.code() + " " + request.name();
        Server server;
        try {
            server = find(sources, request.name());
        } catch (IllegalArgumentException e) {
            return refused(err, e.getMessage());
        } catch (Exception e) {
            err.println("triptych: the servers of " + envId + " could not be read: " + OneLine.of(e));
            return ExitCodes.UNREACHABLE_OR_REFUSED;
        }
        if (!action.allowedOn(server)) {
            record(err, envId, command, "refused", action);
            err.println("triptych: refused: " + action.whyNot(server));
            return REFUSED_BY_CLOUD;
        }
        try {
            if (action == ServerAction.CONSOLE_LOG) {
                String log = control.consoleLog(server, request.lines());
                out.print(log.isEmpty() || log.endsWith("\n") ? log : log + "\n");
                return ExitCodes.OK;
            }
            control.power(server, action);
        } catch (ActionRefused e) {
            record(err, envId, command, "refused", action);
            err.println("triptych: refused: " + OneLine.of(e));
            return REFUSED_BY_CLOUD;
        } catch (Exception e) {
            record(err, envId, command, "failed", action);
            err.println("triptych: " + action.code() + " " + server.name() + " failed: " + OneLine.of(e));
            return ExitCodes.UNREACHABLE_OR_REFUSED;
        }
        record(err, envId, command, "done", action);
        out.println("triptych: " + action.code() + " of " + server.name() + " (" + env.name() + ") accepted; it was "
                + server.status() + ", follow it with triptych status --env " + envId);
        return ExitCodes.OK;
    }

    /** The server by name (or id): exactly one, else a line saying why not. */
    private static Server find(EnvironmentSources sources, String name) throws Exception {
        List<Server> all = sources.cloud().orElseThrow().servers();
        List<Server> byName = all.stream().filter(s -> s.name().equals(name)).toList();
        if (byName.size() > 1) {
            throw new IllegalArgumentException(byName.size() + " servers are named '" + name + "' in "
                    + sources.environment().id() + ": give the id of the one you mean (" + byName.stream()
                    .map(Server::id).collect(Collectors.joining(", ")) + ")");
        }
        return byName.stream().findFirst().or(() -> all.stream().filter(s -> s.id().equals(name)).findFirst())
                .orElseThrow(() -> new IllegalArgumentException("no server '" + name + "' in "
                        + sources.environment().id() + " (" + all.size() + " servers; names are exact)"));
    }

    /** Reading changes nothing and is not recorded; a change is, or the user is told it could not be. */
    private void record(PrintStream err, String envId, String command, String outcome, ServerAction action) {
        if (!action.changes()) {
            return;
        }
        try {
            audit.record(clock.instant(), envId, command, outcome);
        } catch (java.io.IOException | RuntimeException e) {
            err.println("triptych: warning: not written to the audit log: " + OneLine.of(e));
        }
    }

    private static int refused(PrintStream err, String why) {
        err.println("triptych: " + why);
        return ExitCodes.UNREACHABLE_OR_REFUSED;
    }

    /** A change on a protected environment needs its name typed, as the window asks (the id also does). */
    private static Optional<String> unconfirmed(Environment env, ServerRequest request) {
        if (!request.action().changes() || !env.protectedEnv()) {
            return Optional.empty();
        }
        String how = "--confirm \"" + env.name() + "\"";
        if (request.confirm().isEmpty()) {
            return Optional.of(env.id() + " is protected: server " + request.verb().word() + " needs its name, as"
                    + " the window asks: add " + how);
        }
        String typed = request.confirm().get();
        return typed.equals(env.name()) || typed.equals(env.id()) ? Optional.empty()
                : Optional.of("--confirm '" + typed + "' is not the name of " + env.id() + ": write " + how);
    }
}
