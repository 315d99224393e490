package io.triptych.ui.action;

import io.triptych.domain.Deployment;
import io.triptych.live.Capabilities;
import io.triptych.live.ClusterState;
import io.triptych.live.LiveCommands;
import io.triptych.live.LiveSite;
import io.triptych.live.OnDemand;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * What the window's views may see of the live layer and ask from it: what each environment can do
 * (read-only), the one command object for every change, the on-demand facts, and the two executors a view
 * needs (the FX thread for answers, a worker for a log window's reading). No source is reachable from here.
 */
public record LivePorts(Capabilities can, LiveCommands commands, OnDemand<ClusterState> cluster,
                        OnDemand<List<Deployment>> deployments, Executor workers, Executor fx) {

    public static LivePorts of(LiveSite live, boolean readOnly, Executor workers, Executor fx) {
        return new LivePorts(live.capabilities(readOnly), live.commands(readOnly), live.cluster(), live.deployments(),
                workers, fx);
    }

    public boolean readOnly() {
        return commands.readOnly();
    }
}
