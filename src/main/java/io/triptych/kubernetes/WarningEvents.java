package io.triptych.kubernetes;

import io.fabric8.kubernetes.api.model.Event;
import io.triptych.domain.ClusterEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** The recent Warning events, newest first, bounded in age and number so a noisy cluster stays readable. */
final class WarningEvents {
    static final Duration MAX_AGE = Duration.ofHours(1);
    static final int MAX_COUNT = 200;

    private WarningEvents() {
    }

    static List<ClusterEvent> recent(List<Event> events, Instant now) {
        Instant oldest = now.minus(MAX_AGE);
        return events.stream()
                .filter(e -> "Warning".equals(e.getType()))
                .map(WarningEvents::event)
                .filter(e -> e.time() != null && !e.time().isBefore(oldest))
                .sorted(Comparator.comparing(ClusterEvent::time).reversed())
                .limit(MAX_COUNT)
                .toList();
    }

    static ClusterEvent event(Event e) {
        Instant time = KubeTimes.first(e.getLastTimestamp(),
                e.getEventTime() == null ? null : e.getEventTime().getTime(),
                e.getFirstTimestamp(), e.getMetadata().getCreationTimestamp());
        String object = e.getInvolvedObject() == null ? ""
                : Objects.toString(e.getInvolvedObject().getKind(), "") + "/"
                + Objects.toString(e.getInvolvedObject().getName(), "");
        int count = e.getCount() == null || e.getCount() < 1 ? 1 : e.getCount();
        return new ClusterEvent(time, Objects.toString(e.getMetadata().getNamespace(), ""), e.getType(), object,
                Objects.toString(e.getReason(), ""), KubeErrors.oneLine(Objects.toString(e.getMessage(), "")),
                count);
    }
}
