package io.triptych.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryStoreTest {
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    @TempDir
    Path dir;

    @Test
    void transitionsSurviveARestartWithEveryFieldIntact() throws Exception {
        Transition t = new Transition(NOW, "production", "servers", "fsgs-prod-k8s-wrk-03 \"new\"\n", "id-1",
                "BUILD", "ACTIVE");
        new HistoryStore(dir, 14).record(t);

        assertThat(new HistoryStore(dir, 14).read(NOW.minusSeconds(60), NOW.plusSeconds(60))).containsExactly(t);
    }

    @Test
    void readKeepsOnlyTheAskedWindowOldestFirst() throws Exception {
        HistoryStore store = new HistoryStore(dir, 14);
        store.record(change(NOW.minus(Duration.ofHours(3))));
        store.record(change(NOW.minus(Duration.ofMinutes(30))));
        store.record(change(NOW.minus(Duration.ofMinutes(90))));

        assertThat(store.read(NOW.minus(Duration.ofHours(2)), NOW)).extracting(Transition::at)
                .containsExactly(NOW.minus(Duration.ofMinutes(90)), NOW.minus(Duration.ofMinutes(30)));
    }

    @Test
    void daysOlderThanTheWindowArePrunedAndRecentOnesKept() throws Exception {
        HistoryStore store = new HistoryStore(dir, 14);
        store.record(change(NOW.minus(Duration.ofDays(20))));
        store.record(change(NOW.minus(Duration.ofDays(13))));

        assertThat(store.prune(NOW)).isEqualTo(1);
        assertThat(Files.list(dir)).extracting(p -> p.getFileName().toString()).containsExactly("2026-11-12.jsonl");
    }

    @Test
    void aDamagedLineIsSkippedNotFatal() throws Exception {
        HistoryStore store = new HistoryStore(dir, 14);
        store.record(change(NOW));
        Files.writeString(dir.resolve("2026-11-25.jsonl"), "{not json\n", java.nio.file.StandardOpenOption.APPEND);
        store.record(change(NOW.plusSeconds(1)));

        assertThat(store.read(NOW, NOW.plusSeconds(1))).hasSize(2);
    }

    private static Transition change(Instant at) {
        return new Transition(at, "integration", "services", "sdb_api", "k", "1/2", "2/2");
    }
}
