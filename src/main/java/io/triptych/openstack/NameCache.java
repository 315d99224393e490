package io.triptych.openstack;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Names by id (flavors, images), loaded by one list call and trusted for a while: a refresh of 5,000
 * servers costs one flavor list every few minutes, not one call per server. A failed load keeps the old
 * names (servers then show ids); loads are at least {@code retry} apart, even when names are missing —
 * a server whose image was deleted must not cause a list call on every refresh.
 */
final class NameCache {
    private static final Logger LOG = Logger.getLogger(NameCache.class.getName());

    interface Loader {
        Map<String, String> load() throws OpenStackException;
    }

    private final String what;
    private final Loader loader;
    private final Clock clock;
    private final Duration ttl;
    private final Duration retry;
    private volatile Map<String, String> names = Map.of();
    private Instant nextDue = Instant.MIN;
    private Instant lastAttempt = Instant.MIN;

    NameCache(String what, Loader loader, OpenStackTuning tuning) {
        this.what = what;
        this.loader = loader;
        this.clock = tuning.clock();
        this.ttl = tuning.lookupTtl();
        this.retry = tuning.lookupRetry();
    }

    synchronized boolean due() {
        return !clock.instant().isBefore(nextDue);
    }

    /** The names in hand, without waiting for a load that is running. */
    Map<String, String> names() {
        return names;
    }

    /** Loads when due; otherwise the names in hand. */
    synchronized Map<String, String> refreshIfDue() {
        return due() ? load() : names;
    }

    /** Some ids are unknown and the last load is old enough to try again. */
    synchronized boolean wantsReload(Collection<String> ids) {
        boolean missing = ids.stream().anyMatch(id -> !names.containsKey(id));
        return missing && !clock.instant().isBefore(lastAttempt.plus(retry));
    }

    /** Loads again when {@link #wantsReload} (checked again: another thread may have loaded meanwhile). */
    synchronized Map<String, String> refreshFor(Collection<String> ids) {
        return wantsReload(ids) ? load() : names;
    }

    private Map<String, String> load() {
        Instant now = clock.instant();
        lastAttempt = now;
        try {
            names = Map.copyOf(loader.load());
            nextDue = now.plus(ttl);
        } catch (OpenStackException | RuntimeException e) {
            nextDue = now.plus(retry);
            LOG.log(Level.INFO, () -> what + " names kept from the last list: " + e.getMessage());
        }
        return names;
    }
}
