package io.triptych.triage;

import io.triptych.domain.Volume;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Since when each volume has been in its current status, as this console saw it (Cinder gives no
 * "status changed at"). A volume that left and came back starts over; vanished volumes are forgotten.
 */
final class VolumeClock {
    private record Seen(String status, Instant since) {
    }

    private final Map<String, Seen> seen = new HashMap<>();

    synchronized void observe(List<Volume> volumes, Instant now) {
        Map<String, Seen> next = new HashMap<>();
        for (Volume v : volumes) {
            Seen was = seen.get(v.id());
            next.put(v.id(), was != null && was.status().equals(v.status()) ? was : new Seen(v.status(), now));
        }
        seen.clear();
        seen.putAll(next);
    }

    synchronized Duration timeInStatus(Volume v, Instant now) {
        Seen s = seen.get(v.id());
        return s == null ? Duration.ZERO : Duration.between(s.since(), now);
    }
}
