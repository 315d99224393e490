package io.triptych.source;

import io.triptych.domain.Server;
import java.util.Optional;

/** A cloud source that knows a web page for a server (Horizon's instance page). */
public interface ServerLinks {
    Optional<String> webPage(Server server);
}
