package io.triptych.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class InstantsTest {
    @Test
    void readsWhatInstantToStringWritesAsInstantParseDoes() {
        for (String s : new String[] {"2026-12-02T09:40:53.022209331Z", "2026-12-02T09:40:53Z", "2026-12-02T09:40:53.5Z",
            "2024-02-29T23:59:59.123Z", "1970-01-01T00:00:00Z", "2026-12-02T24:00:00Z"}) {
            assertThat(Instants.parse(s)).as(s).isEqualTo(Instant.parse(s));
        }
        Instant now = Instant.now();
        assertThat(Instants.parse(now.toString())).isEqualTo(now);
    }

    @Test
    void refusesWhatInstantParseRefusesAndAcceptsWhatItAccepts() {
        for (String s : new String[] {"2025-02-29T10:00:00Z", "2026-13-02T09:40:53Z", "2026-12-02T09:40:53.Z",
            "2026-12-02 09:40:53Z", "yesterday", "2026-12-02T09:40:53.0000000001Z", "2026-12-02T09:4x:53Z",
            "2026-04-31T00:00:00Z", "2026-12-02T23:59:60Z", "+12026-12-02T09:40:53Z", "2026-12-02T09:40:53+01:00"}) {
            Instant expected;
            try {
                expected = Instant.parse(s);
            } catch (DateTimeParseException e) {
                assertThatThrownBy(() -> Instants.parse(s)).as(s).isInstanceOf(DateTimeParseException.class);
                continue;
            }
            assertThat(Instants.parse(s)).as(s).isEqualTo(expected);
        }
        assertThatThrownBy(() -> Instants.parse("2026-13-02T09:40:53Z")).isInstanceOf(DateTimeParseException.class);
    }
}
