package io.triptych.iac;

import java.net.InetAddress;

/** Who runs this console: "user@host" and the pid, for locks and the audit log. */
public final class Who {
    private Who() {
    }

    public static String user() {
        return System.getProperty("user.name", "unknown");
    }

    public static String host() {
        String h = System.getenv("HOSTNAME");
        if (h != null && !h.isBlank()) {
            return h;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "localhost";
        }
    }

    public static String userAtHost() {
        return user() + "@" + host();
    }

    public static long pid() {
        return ProcessHandle.current().pid();
    }
}
