package io.triptych.demo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Stable identifiers for demo objects. They are derived from names, not from the seed, so that a
 * server keeps its id whatever the seed and a volume's attachment can name its server's id.
 */
final class DemoIds {
    private DemoIds() {
    }

    /** A UUID-shaped id, the same for the same kind and name. */
    static String uuid(String kind, String name) {
        return UUID.nameUUIDFromBytes(("triptych-demo/" + kind + "/" + name).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    static String server(String name) {
        return uuid("server", name);
    }

    static String volume(String name) {
        return uuid("volume", name);
    }

    static String securityGroup(String envId, String name) {
        return uuid("security-group", envId + "/" + name);
    }

    /** A 40-hex commit sha, the same for the same project and pipeline. */
    static String sha(String project, long pipelineId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1")
                    .digest((project + "@" + pipelineId).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required by every JRE", e);
        }
    }
}
