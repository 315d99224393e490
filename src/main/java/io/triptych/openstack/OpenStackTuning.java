package io.triptych.openstack;

import io.triptych.source.ReplyLimit;
import java.time.Clock;
import java.time.Duration;

/**
 * Knobs of the adapter that users never set; tests shrink them.
 *
 * @param pageSize     the {@code limit} asked for each page (servers may cap it lower: we follow next links)
 * @param lookupTtl    how long flavor and image names are trusted before one new list call each
 * @param lookupRetry  the shortest wait between two list calls of a look-up (after a failure, or a name missing)
 * @param namesWait    how long a volume list waits for a running server list to name its attachments
 * @param tokenMargin  a token expiring within this is renewed before use
 * @param authRetry    after Keystone refused the credentials, how long before they are sent again (repeated
 *                     failures can lock an account)
 * @param maxReply     the most bytes of one reply's body that are read (a page of 1,000 servers is ~2 MB);
 *                     past it the call fails with "reply too large" (docs/adr/0015-reply-size-cap.md)
 */
record OpenStackTuning(int pageSize, Duration lookupTtl, Duration lookupRetry, Duration namesWait, Duration tokenMargin,
              Duration authRetry, Clock clock, long maxReply) {
    static OpenStackTuning defaults() {
        return new OpenStackTuning(1000, Duration.ofMinutes(5), Duration.ofMinutes(1), Duration.ofSeconds(5),
                Duration.ofMinutes(1), Duration.ofMinutes(5), Clock.systemUTC(), ReplyLimit.DEFAULT);
    }

    OpenStackTuning withMaxReply(long bytes) {
        return new OpenStackTuning(pageSize, lookupTtl, lookupRetry, namesWait, tokenMargin, authRetry, clock, bytes);
    }

    OpenStackTuning withPageSize(int size) {
        return new OpenStackTuning(size, lookupTtl, lookupRetry, namesWait, tokenMargin, authRetry, clock, maxReply);
    }

    OpenStackTuning withNamesWait(Duration wait) {
        return new OpenStackTuning(pageSize, lookupTtl, lookupRetry, wait, tokenMargin, authRetry, clock, maxReply);
    }

    OpenStackTuning withClock(Clock newClock) {
        return new OpenStackTuning(pageSize, lookupTtl, lookupRetry, namesWait, tokenMargin, authRetry, newClock, maxReply);
    }
}
