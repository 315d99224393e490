package io.triptych.iac;

import static org.assertj.core.api.Assertions.assertThat;

import io.triptych.domain.DriftCheck;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** drift.json survives a restart: what one store records, the next one reads; a broken file is no check. */
class DriftStoreFileTest {
    @TempDir
    Path tmp;

    @Test
    void aRecordedCheckIsReadByTheNextStore() {
        Path file = tmp.resolve("site/drift.json");
        DriftCheck drifted = new DriftCheck(DriftCheck.Status.DRIFTED, 3, "3 resources drifted — é 中",
                Instant.parse("2026-11-25T12:00:00Z"));
        DriftCheck inSync = new DriftCheck(DriftCheck.Status.IN_SYNC, 0, "", Instant.parse("2026-11-25T12:01:00Z"));
        DriftStore first = new DriftStore(file);
        first.record("production", drifted);
        first.record("integration", inSync);

        DriftStore next = new DriftStore(file);

        assertThat(next.latest("production")).contains(drifted);
        assertThat(next.latest("integration")).contains(inSync);
        assertThat(next.latest("preproduction")).isEmpty();
    }

    @Test
    void theFileWrittenByEarlierVersionsIsRead() throws Exception {
        Path file = Files.writeString(tmp.resolve("drift.json"), """
                {
                  "production" : {
                    "status" : "DRIFTED",
                    "changes" : 2,
                    "message" : null,
                    "checkedAt" : "2026-11-25T12:00:00Z"
                  }
                }""", StandardCharsets.UTF_8);

        assertThat(new DriftStore(file).latest("production")).contains(new DriftCheck(DriftCheck.Status.DRIFTED, 2, "",
                Instant.parse("2026-11-25T12:00:00Z")));
    }

    @Test
    void aBrokenFileMeansNoCheckKnownYet() throws Exception {
        Path file = Files.writeString(tmp.resolve("drift.json"), "{\"production\": {\"status\": \"DRI",
                StandardCharsets.UTF_8);

        assertThat(new DriftStore(file).latest("production")).isEmpty();
    }
}
