package io.triptych.openstack;

import io.triptych.config.clouds.CloudCredentials;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The secrets of one cloud, to scrub from every message that leaves the adapter. Messages are built
 * without secrets in the first place; this is the second lock, for text that servers echo back (a
 * Keystone validation error may quote the request body).
 */
final class Secrets {
    private final List<String> values = new ArrayList<>();

    static Secrets of(CloudCredentials c) {
        Secrets s = new Secrets();
        s.add(c.password());
        s.add(c.applicationCredentialSecret());
        return s;
    }

    private void add(Optional<String> value) {
        value.filter(v -> !v.isBlank()).ifPresent(values::add);
    }

    String scrub(String message) {
        if (message == null) {
            return "";
        }
        String out = message;
        for (String v : values) {
            out = out.replace(v, "****");
        }
        return out;
    }
}
