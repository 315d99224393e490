package io.triptych.openstack;

import java.time.Instant;

/** A Keystone v3 token: its id (a secret: never printed), when it expires, and the catalog it came with. */
record Token(String id, Instant expiresAt, Catalog catalog) {

    boolean expiresBefore(Instant when) {
        return expiresAt != null && expiresAt.isBefore(when);
    }

    @Override
    public String toString() {
        return "Token[expiresAt=" + expiresAt + "]";
    }
}
