package io.triptych.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * How many TCP connections this machine has open to a local port, client side (ESTABLISHED, remote port =
 * the port), read from Linux's /proc/net/tcp and tcp6: what a server in the test cannot see when the
 * client keeps an idle connection in its pool.
 */
public final class OpenConnections {
    private static final String ESTABLISHED = "01";

    private OpenConnections() {
    }

    /** Whether this system can be asked (Linux). */
    public static boolean available() {
        return Files.isReadable(Path.of("/proc/net/tcp"));
    }

    public static int to(int port) {
        return count(Path.of("/proc/net/tcp"), port) + count(Path.of("/proc/net/tcp6"), port);
    }

    private static int count(Path table, int port) {
        if (!Files.isReadable(table)) {
            return 0;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(table);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + table, e);
        }
        int n = 0;
        for (String line : lines.subList(1, lines.size())) {
            // "  sl  local_address rem_address   st ...": addresses are HEX_IP:HEX_PORT
            String[] f = line.trim().split("\\s+");
            String remote = f[2];
            int remotePort = Integer.parseInt(remote.substring(remote.indexOf(':') + 1), 16);
            if (remotePort == port && f[3].equals(ESTABLISHED)) {
                n++;
            }
        }
        return n;
    }
}
