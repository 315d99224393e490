package io.triptych.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.triptych.domain.ClusterEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Warning events: newest first, within the last hour, at most 200. */
class WarningEventsTest {
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    @Test
    void onlyRecentWarningsAreKeptNewestFirst() {
        List<ClusterEvent> events = WarningEvents.recent(List.of(
                event("a", "Warning", "2026-11-25T11:30:00Z"),
                event("b", "Normal", "2026-11-25T11:50:00Z"),
                event("c", "Warning", "2026-11-25T11:59:00Z"),
                event("d", "Warning", "2026-11-25T10:00:00Z")), NOW);

        assertThat(events).extracting(ClusterEvent::reason).containsExactly("c", "a");
        ClusterEvent c = events.get(0);
        assertThat(c.object()).isEqualTo("Pod/web-1");
        assertThat(c.namespace()).isEqualTo("apps");
        assertThat(c.count()).isEqualTo(4);
        assertThat(c.message()).isEqualTo("Back-off restarting failed container");
    }

    @Test
    void aNoisyClusterIsCutToTheNewestTwoHundred() {
        List<Event> many = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            many.add(event("r" + i, "Warning", NOW.minusSeconds(i).toString()));
        }

        List<ClusterEvent> events = WarningEvents.recent(many, NOW);

        assertThat(events).hasSize(200);
        assertThat(events.get(0).reason()).isEqualTo("r0");
        assertThat(events.get(199).reason()).isEqualTo("r199");
    }

    @Test
    void anEventWithOnlyAnEventTimeIsDatedByIt() {
        Event e = new EventBuilder(event("x", "Warning", null)).withNewEventTime("2026-11-25T11:58:00.123456Z").build();

        assertThat(WarningEvents.recent(List.of(e), NOW)).extracting(ClusterEvent::time)
                .containsExactly(Instant.parse("2026-11-25T11:58:00.123456Z"));
    }

    static Event event(String reason, String type, String last) {
        return new EventBuilder().withNewMetadata().withNamespace("apps").withName("ev-" + reason).endMetadata()
                .withType(type).withReason(reason).withMessage("Back-off restarting failed container\nsecond line")
                .withNewInvolvedObject().withKind("Pod").withName("web-1").endInvolvedObject()
                .withCount(4).withLastTimestamp(last).build();
    }
}
