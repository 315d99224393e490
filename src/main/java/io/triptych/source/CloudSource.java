package io.triptych.source;

import io.triptych.domain.SecurityGroup;
import io.triptych.domain.Server;
import io.triptych.domain.Volume;
import java.util.List;

/**
 * An environment's cloud (OpenStack, or the demo). Blocking calls: the live layer calls them off the
 * FX thread, each section on its own, so a slow volume API never delays the servers.
 */
public interface CloudSource extends Source {
    List<Server> servers() throws Exception;

    List<Volume> volumes() throws Exception;

    List<SecurityGroup> securityGroups() throws Exception;
}
