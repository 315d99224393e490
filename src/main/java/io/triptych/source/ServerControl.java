package io.triptych.source;

import io.triptych.domain.Server;
import io.triptych.domain.ServerAction;

/**
 * A cloud source that can act on its servers: power (start, stop, reboot soft or hard), read the console
 * log, and make a remote-console URL. Blocking calls, made on a worker. A state the cloud refuses the
 * action in (Nova's 409) comes back as {@link ActionRefused}; any other failure as its own one line.
 */
public interface ServerControl {
    /** START, STOP, REBOOT or HARD_REBOOT. */
    void power(Server server, ServerAction action) throws Exception;

    /** The last {@code lines} lines of the server's console. */
    String consoleLog(Server server, int lines) throws Exception;

    /** A URL that opens the server's console in a browser: secret-bearing, never to be stored or logged. */
    String remoteConsole(Server server) throws Exception;
}
